using System.CommandLine;
using PolicyKit.Formats;
using PolicyKit.Validation;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit validate &lt;catalog.json | id&gt; [--as-of date]</c>: every diagnostic (with the date checks when a date is given); exit 1 when there are errors.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var catalog = new Argument<string>("catalog") { Description = "a catalog file or an embedded catalog id", HelpName = "catalog.json|id" };
        var asOf = CliOptions.AsOf("adds the checks that need a date (PK3006); without it they are not run");
        var command = new Command("validate", "print every diagnostic of a catalog as CODE severity location: message; exit 1 when there are errors") { catalog, asOf };
        command.SetAction(r => Run(context, r.GetValue(catalog)!, r.GetValue(asOf)));
        return command;
    }

    private static int Run(CliContext context, string reference, string? asOfText)
    {
        var catalog = CliContext.Catalog(reference);
        var diagnostics = asOfText is { } asOf
            ? CatalogValidator.Validate(catalog, context.AsOf(asOf, null))
            : CatalogValidator.Validate(catalog);
        foreach (var diagnostic in diagnostics)
        {
            // A diagnostic quotes the catalog (ids, codes); its control characters are escaped (specification §8.1).
            context.Out.WriteLine(Printable.Escape(diagnostic.ToString()));
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        context.Out.WriteLine($"{catalog.Id} {catalog.Version}: {errors} error(s), {warnings} warning(s), {diagnostics.Length - errors - warnings} info.");
        return errors > 0 ? CliApp.Failed : CliApp.Ok;
    }
}
