using PolicyKit.Formats;
using PolicyKit.Validation;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit validate &lt;catalog.json | id&gt; [--as-of date]</c>: every diagnostic (with the date checks when a date is given); exit 1 when there are errors.</summary>
internal static class ValidateCommand
{
    public static int Run(CliContext context, string[] args)
    {
        var arguments = Arguments.Parse(args, ["as-of"], []);
        arguments.Positionals.Should(1, "validate");
        var catalog = CliContext.Catalog(arguments.Positionals[0]);
        var diagnostics = arguments.Option("as-of") is { } asOf
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
