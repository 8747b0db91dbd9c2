using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime.Text;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Testing.Cases;
using PolicyKit.Testing.Coverage;
using PolicyKit.Text;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit test &lt;case file | folder&gt;</c>: runs case files and, with <c>--coverage</c>, reports
/// rule coverage. Exit 0 when every case passes (and coverage reaches <c>--min-coverage</c>), 1 when
/// not, 2 for bad input.
/// </summary>
/// <remarks>
/// The catalog is the case file's <c>"catalog"</c> (an embedded id, or a file relative to the case
/// file); <c>--catalog</c> replaces it for every file. The text output ends with <c>N passed, N failed</c>.
/// </remarks>
internal static class TestCommand
{
    public static Command Create(CliContext context)
    {
        var cases = new Argument<string>("cases") { Description = "a case file, or a folder of them", HelpName = "cases.json|folder" };
        var catalog = CliOptions.Catalog();
        catalog.Description = "replaces each case file's own catalog: an embedded id or a catalog file";
        var coverage = CliOptions.Flag("--coverage", "report rule coverage");
        var minCoverage = new Option<string>("--min-coverage") { Description = "fail (exit 1) below this percentage of rule coverage; implies --coverage", HelpName = "N" };
        var format = CliOptions.Format("text", "json");
        var lang = CliOptions.Lang();
        var command = new Command("test", "run case files; exit 1 when a case fails or coverage is below --min-coverage")
        {
            cases, catalog, coverage, minCoverage, format, lang,
        };
        command.SetAction(r => Run(context, r.GetValue(cases)!, r.GetValue(catalog), r.GetValue(coverage), r.GetValue(minCoverage), r.GetValue(format), r.GetValue(lang)));
        return command;
    }

    private static int Run(CliContext context, string path, string? catalog, bool withCoverage, string? minCoverage, string? format, string? lang)
    {
        var json = format switch
        {
            null or "text" => false,
            "json" => true,
            var other => throw new UsageException($"--format '{other}' is not supported; use text or json."),
        };
        var language = CliContext.Lang(lang);
        var minimum = MinCoverage(minCoverage);
        var overriding = catalog is { } reference ? CliContext.Catalog(reference) : null;

        var files = CaseJson.FindFiles(path);
        if (files.Count == 0)
        {
            throw new UsageException($"folder '{path}' has no case files (*.json).");
        }

        // Read every file before running any, so bad input fails with exit 2 and no partial output.
        var cases = files.Select(f => CaseJson.ReadFile(f, CaseCatalogs.Resolver(f, Embedded, overriding))).ToList();
        var coverage = withCoverage || minimum is not null ? new CoverageCollector() : null;
        var run = CaseRunner.Run(cases, coverage);
        var report = coverage?.ToReport();
        var belowMinimum = report is not null && minimum is { } min && report.Percent < min;

        if (json)
        {
            WriteJson(context.Out, run, report, minimum);
        }
        else
        {
            foreach (var result in run.Results)
            {
                context.Out.Write(result.ToText(language));
            }

            if (report is not null)
            {
                context.Out.Write(report.ToText(language));
            }

            if (belowMinimum)
            {
                context.Out.WriteLine(language == Language.Zh
                    ? string.Create(CultureInfo.InvariantCulture, $"规则覆盖率 {report!.Percent}% 低于要求的 {minimum}%")
                    : string.Create(CultureInfo.InvariantCulture, $"rule coverage {report!.Percent}% is below the minimum of {minimum}%"));
            }

            context.Out.WriteLine(run.Summary);
        }

        return run.Failed > 0 || belowMinimum ? CliApp.Failed : CliApp.Ok;
    }

    private static Model.PolicyCatalog? Embedded(string id) => QingdaoCatalogs.Ids.Contains(id) ? QingdaoCatalogs.Get(id) : null;

    private static decimal? MinCoverage(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= 100m
            ? value
            : throw new UsageException($"--min-coverage '{text}' is not a percentage; give a number from 0 to 100, e.g. 100.");
    }

    private static void WriteJson(TextWriter output, CaseRunResult run, CoverageReport? coverage, decimal? minimum)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("passed", run.Passed);
            w.WriteNumber("failed", run.Failed);
            w.WriteStartArray("cases");
            foreach (var result in run.Results)
            {
                w.WriteStartObject();
                w.WriteString("file", result.SourceName);
                w.WriteString("name", result.Case.Name);
                w.WriteString("asOf", LocalDatePattern.Iso.Format(result.Case.AsOf));
                w.WriteBoolean("passed", result.Passed);
                w.WriteStartArray("mismatches");
                foreach (var m in result.Mismatches)
                {
                    w.WriteStartObject();
                    w.WriteString("policy", m.PolicyId);
                    w.WriteString("field", m.Field);
                    w.WriteString("expected", m.Expected);
                    w.WriteString("actual", m.Actual);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (coverage is not null)
            {
                w.WritePropertyName("coverage");
                coverage.WriteJson(w);
                if (minimum is { } min)
                {
                    w.WriteNumber("minCoverage", min);
                }
            }

            w.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
