using System.Globalization;
using NodaTime.Text;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Cli.Output;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Text;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit match</c>: every policy in force for one profile, as a table or specification §4 JSON.</summary>
internal static class MatchCommand
{
    public static readonly string[] Options = ["profile", "catalog", "as-of", "format", "lang"];

    public static int Run(CliContext context, string[] args)
    {
        var arguments = Arguments.Parse(args, Options, ["sample"]);
        arguments.Positionals.Should(0, "match");
        var (catalog, profile, asOf) = Inputs(context, arguments);
        var json = CliContext.Json(arguments.Option("format"));
        var language = CliContext.Lang(arguments.Option("lang"));
        var report = new CompiledEvaluator(catalog).Evaluate(profile, asOf);
        if (json)
        {
            // The §4.5 report as batch writes it, texts in both languages; an explicit --lang narrows them to one (specification §5.3).
            WriteJson(context, report, arguments.Option("lang") is null ? null : language, includeReasons: true);
            return CliApp.Ok;
        }

        WriteTable(context, catalog, profile, report, language);
        return CliApp.Ok;
    }

    /// <summary>The catalog, profile and as-of date of <c>match</c> and <c>explain</c>.</summary>
    public static (PolicyCatalog Catalog, EnterpriseProfile Profile, NodaTime.LocalDate AsOf) Inputs(CliContext context, Arguments arguments)
    {
        var catalog = CliContext.Catalog(arguments.Option("catalog"));
        var path = arguments.Option("profile");
        if (arguments.Flag("sample") == (path is not null))
        {
            throw new UsageException("give either --profile <file> or --sample.");
        }

        if (path is null)
        {
            return (catalog, QingdaoCatalogs.SampleProfile.Rebind(catalog.Schema), context.AsOf(arguments.Option("as-of"), QingdaoCatalogs.SampleAsOf));
        }

        return (catalog, CliContext.Profile(path, catalog), context.AsOf(arguments.Option("as-of"), null));
    }

    /// <summary>The §4.5 report, indented; texts in <paramref name="language"/>, or as <c>{ "zh", "en" }</c> when it is null.</summary>
    public static void WriteJson(CliContext context, DecisionReport report, Language? language, bool includeReasons)
    {
        context.Out.Write(ReportJson.Write(report, new ReportWriteOptions { IncludeReasons = includeReasons, Language = language, Indented = true }));
        context.Out.WriteLine();
    }

    private static void WriteTable(CliContext context, PolicyCatalog catalog, EnterpriseProfile profile, DecisionReport report, Language language)
    {
        var zh = language == Language.Zh;
        WriteHeader(context, catalog, profile, report.AsOf, zh);
        if (report.Decisions.IsEmpty)
        {
            context.Out.WriteLine(zh
                ? $"目录 {catalog.Id} 中没有在 {Iso(report.AsOf)} 有效的政策。"
                : $"no item of catalog {catalog.Id} is in force on {Iso(report.AsOf)}.");
            return;
        }

        var table = zh ? new Table("政策", "结论", "金额（元）", "最高（元）", "待补充信息") : new Table("policy", "verdict", "amount (yuan)", "up to (yuan)", "missing facts");
        foreach (var d in report.Decisions)
        {
            var title = catalog.FindPolicy(d.PolicyId)?.Title.In(language) ?? d.PolicyId;
            table.Add(
                $"{title} [{d.PolicyId}]",
                Verdict(d.Verdict, zh),
                Money(d.Award?.Amount),
                d.Award is { IsMonetary: false } ? (zh ? "非资金" : "non-monetary") : Money(d.Award?.UpTo),
                string.Join(", ", d.MissingFacts));
        }

        table.WriteTo(context.Out);
        WriteTotals(context, report.Totals, zh);
    }

    /// <summary>The line naming catalog, version, date and profile that every output starts with.</summary>
    public static void WriteHeader(CliContext context, PolicyCatalog catalog, EnterpriseProfile profile, NodaTime.LocalDate asOf, bool zh) =>
        context.Out.WriteLine(zh
            ? $"目录 {catalog.Id} {catalog.Version}，日期 {Iso(asOf)}，企业 {profile.Id ?? "（未命名）"}"
            : $"catalog {catalog.Id} {catalog.Version}, as of {Iso(asOf)}, profile {profile.Id ?? "(unnamed)"}");

    public static void WriteTotals(CliContext context, Totals t, bool zh)
    {
        context.Out.WriteLine(zh
            ? $"合计：确定 {Money(t.Amount)} 元，最高 {Money(t.UpTo)} 元{(t.UpToIsBounded ? "" : "（另有不设上限的奖补）")}"
            : $"totals: {Money(t.Amount)} yuan certain, up to {Money(t.UpTo)} yuan{(t.UpToIsBounded ? "" : " (plus awards without a stated ceiling)")}");
    }

    public static string Verdict(Verdict verdict, bool zh) => verdict switch
    {
        Evaluation.Verdict.Eligible => zh ? "符合" : "eligible",
        Evaluation.Verdict.Ineligible => zh ? "不符合" : "ineligible",
        _ => zh ? "待定" : "undetermined",
    };

    public static string Money(decimal? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "-";

    public static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);
}
