using System.CommandLine;
using System.Globalization;
using NodaTime.Text;
using PolicyKit.Cli.Output;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Populations;
using PolicyKit.Simulation;
using PolicyKit.Text;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit simulate</c> (specification §5, §10): what a list means for a population, per policy and
/// in total, optionally beside a baseline catalog, as a table, JSON or CSV, with an SVG chart.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var population = new Option<string>("--population") { Description = "the firms: JSON Lines (.jsonl, .ndjson, .json) or CSV (.csv)", HelpName = "file.jsonl|file.csv" };
        var catalog = CliOptions.Catalog();
        var baseline = new Option<string>("--baseline") { Description = "a catalog to compare with: a file or an embedded id", HelpName = "file|id" };
        var asOf = CliOptions.AsOf();
        var format = CliOptions.Format("table", "json", "csv");
        var lang = CliOptions.Lang();
        var chart = new Option<string>("--chart") { Description = "also write an SVG chart, replaced only once complete", HelpName = "file.svg" };
        var command = new Command("simulate", "what a list means for a population: per policy and in total, optionally beside a baseline")
        {
            population, catalog, baseline, asOf, format, lang, chart,
        };
        command.SetAction(r => Run(context, new Inputs(r.GetValue(population), r.GetValue(catalog), r.GetValue(baseline), r.GetValue(asOf), r.GetValue(format), r.GetValue(lang), r.GetValue(chart))));
        return command;
    }

    private static int Run(CliContext context, Inputs arguments)
    {
        var path = arguments.Population ?? throw new UsageException("give the firms with --population <file.jsonl|file.csv>.");
        var catalog = CliContext.Catalog(arguments.Catalog);
        var baseline = arguments.Baseline is { } b ? CliContext.Catalog(b) : null;
        var asOf = context.AsOf(arguments.AsOf, null);
        var format = arguments.Format ?? "table";
        if (format is not ("table" or "json" or "csv"))
        {
            throw new UsageException($"--format '{format}' is not supported; use table, json or csv.");
        }

        var language = CliContext.Lang(arguments.Lang);

        // The chart's path is checked before any work, and its file replaced only once it is complete (OutputFile).
        using var chart = arguments.Chart is { } chartPath ? OutputFile.Open(chartPath, "--chart") : null;
        var population = PopulationFiles.Read(path, catalog.Schema, context.Cancellation);
        var evaluator = new PopulationEvaluator(catalog);
        var result = evaluator.Simulate(population, asOf, baseline is null ? null : new PopulationEvaluator(baseline), cancellationToken: context.Cancellation);

        switch (format)
        {
            case "json":
                context.Out.WriteLine(SimulationJson.Write(result));
                break;
            case "csv":
                context.Out.Write(SimulationCsv.Write(result));
                break;
            default:
                WriteTable(context, result, catalog, baseline, language);
                break;
        }

        if (chart is not null)
        {
            chart.Writer.Write(SimulationChart.Svg(result, catalog, baseline, language));
            chart.Commit();
        }

        return CliApp.Ok;
    }

    private static void WriteTable(CliContext context, SimulationResult result, PolicyCatalog catalog, PolicyCatalog? baseline, Language language)
    {
        var zh = language == Language.Zh;
        var asOf = LocalDatePattern.Iso.Format(result.AsOf);
        context.Out.WriteLine(zh
            ? $"目录 {catalog.Id} {catalog.Version}，日期 {asOf}，企业 {N(result.Population)} 家{(baseline is null ? "" : $"，基准 {baseline.Id} {baseline.Version}")}"
            : $"catalog {catalog.Id} {catalog.Version}, as of {asOf}, {N(result.Population)} firms{(baseline is null ? "" : $", baseline {baseline.Id} {baseline.Version}")}");
        if (result.Policies.IsEmpty)
        {
            context.Out.WriteLine(zh ? $"目录 {catalog.Id} 中没有在 {asOf} 有效的政策。" : $"no item of catalog {catalog.Id} is in force on {asOf}.");
            return;
        }

        var headers = zh
            ? new List<string> { "政策", "符合", "不符合", "待定", "确定金额（元）", "最高（元）" }
            : ["policy", "eligible", "ineligible", "undetermined", "amount (yuan)", "up to (yuan)"];
        if (baseline is not null)
        {
            headers.AddRange(zh ? ["基准符合", "基准金额（元）", "基准最高（元）", "新增", "减少"] : ["baseline eligible", "baseline amount", "baseline up to", "gained", "lost"]);
        }

        var table = new TextTable([.. headers]);
        foreach (var row in result.Policies)
        {
            var title = (catalog.FindPolicy(row.PolicyId) ?? baseline?.FindPolicy(row.PolicyId))?.Title.In(language) ?? row.PolicyId;
            var f = row.Figures;
            var cells = new List<string> { $"{title} [{row.PolicyId}]", N(f?.Eligible), N(f?.Ineligible), N(f?.Undetermined), Money(f?.Amount), Money(f?.UpTo, f?.Unbounded ?? 0) };
            if (baseline is not null)
            {
                cells.AddRange([N(row.Baseline?.Eligible), Money(row.Baseline?.Amount), Money(row.Baseline?.UpTo, row.Baseline?.Unbounded ?? 0), N(row.Gained), N(row.Lost)]);
            }

            table.Add([.. cells]);
        }

        table.WriteTo(context.Out);
        context.Out.WriteLine(Totals(result.Totals, zh, zh ? "合计" : "totals"));
        if (result.BaselineTotals is { } bt)
        {
            context.Out.WriteLine(Totals(bt, zh, zh ? "基准合计" : "baseline totals"));
            context.Out.WriteLine(zh
                ? $"预算变化：确定 {Signed(result.AmountDelta!.Value)} 元，最高 {Signed(result.UpToDelta!.Value)} 元"
                : $"budget delta: {Signed(result.AmountDelta!.Value)} yuan certain, {Signed(result.UpToDelta!.Value)} yuan up to");
        }
    }

    /// <summary>
    /// A totals line. <c>firmsWithAward</c> counts the firms whose stated up-to is above 0; a firm whose only
    /// award has no ceiling counts in <c>unbounded</c> alone, and a firm may count in both (specification §10.6).
    /// </summary>
    private static string Totals(TotalFigures t, bool zh, string label) => zh
        ? $"{label}：确定 {Money(t.Amount)} 元，最高 {Money(t.UpTo)} 元，最高额大于 0 的企业 {N(t.FirmsWithAward)} 家{(t.Unbounded > 0 ? $"；有不设上限奖补的企业 {N(t.Unbounded)} 家（可与前者重叠）" : "")}"
        : $"{label}: {Money(t.Amount)} yuan certain, up to {Money(t.UpTo)} yuan, {N(t.FirmsWithAward)} firms with an up-to above 0{(t.Unbounded > 0 ? $"; {N(t.Unbounded)} firms with an award without a stated ceiling (some may be among them)" : "")}{(t.Unstated > 0 ? $"; {N(t.Unstated)} awards of an amount not stated, counted as without a ceiling" : "")}";

    private static string N(long? value) => value?.ToString("#,0", CultureInfo.InvariantCulture) ?? "-";

    private static string Money(decimal? value, int unbounded = 0) =>
        value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) + (unbounded > 0 ? "+" : "") : "-";

    private static string Signed(decimal value) => (value >= 0m ? "+" : "") + value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private sealed record Inputs(string? Population, string? Catalog, string? Baseline, string? AsOf, string? Format, string? Lang, string? Chart);
}
