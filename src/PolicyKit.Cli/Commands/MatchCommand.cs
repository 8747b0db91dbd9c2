using System.CommandLine;
using NodaTime.Text;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Cli.Output;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Text;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit match</c>: every policy in force for one profile, as a table or specification §4 JSON.</summary>
internal static class MatchCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ProfileInputs();
        var format = CliOptions.Format("table", "json");
        var lang = CliOptions.Lang();
        var openNow = CliOptions.Flag("--open-now", "only the items taking applications on the date");
        var command = new Command("match", "every policy in force for one enterprise: verdict, amount, up-to, missing facts, notes");
        inputs.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.Options.Add(openNow);
        command.SetAction(r => Run(context, inputs.Read(context, r), r.GetValue(format), r.GetValue(lang), r.GetValue(openNow)));
        return command;
    }

    private static int Run(CliContext context, (PolicyCatalog Catalog, EnterpriseProfile Profile, NodaTime.LocalDate AsOf) inputs, string? format, string? lang, bool openNow)
    {
        var (catalog, profile, asOf) = inputs;
        var json = CliContext.Json(format);
        var language = CliContext.Lang(lang);
        var report = new CompiledEvaluator(catalog).Evaluate(profile, asOf);
        if (json)
        {
            // The §4.5 report as batch writes it, texts in both languages; an explicit --lang narrows them to one (specification §5.3).
            WriteJson(context, report, lang is null ? null : language, includeReasons: true, openNow: openNow);
            return CliApp.Ok;
        }

        WriteTable(context, catalog, profile, report, language, openNow);
        return CliApp.Ok;
    }

    /// <summary>The §4.5 report, indented; texts in <paramref name="language"/>, or as <c>{ "zh", "en" }</c> when it is null.</summary>
    public static void WriteJson(CliContext context, DecisionReport report, Language? language, bool includeReasons, bool openNow = false)
    {
        context.Out.Write(ReportJson.Write(report, new ReportWriteOptions { IncludeReasons = includeReasons, Language = language, Indented = true, OpenForApplicationOnly = openNow }));
        context.Out.WriteLine();
    }

    private static void WriteTable(CliContext context, PolicyCatalog catalog, EnterpriseProfile profile, DecisionReport report, Language language, bool openNow)
    {
        var zh = language == Language.Zh;
        WriteHeader(context, catalog, profile, report.AsOf, zh);
        if (PolicyFacts.ValidityCaveat(catalog, report, language) is { } caveat)
        {
            context.Out.WriteLine(caveat);
        }

        if (report.Decisions.IsEmpty)
        {
            context.Out.WriteLine(zh
                ? $"{CatalogName(catalog, language)}中没有在{Dates.Day(report.AsOf, language)}有效的政策。"
                : $"no item of {CatalogName(catalog, language)} is in force on {Dates.Day(report.AsOf, language)}.");
            PolicyFacts.WriteRecentlyEnded(context.Out, catalog, report.AsOf, language);
            return;
        }

        var shown = openNow ? [.. report.Decisions.Where(d => PolicyFacts.IsOpenNow(catalog, d, report.AsOf))] : report.Decisions;
        var table = zh ? new TextTable("政策", "结论", "金额", "最高可达", "待补充", PolicyFacts.NotesHeader(language)) : new TextTable("policy", "verdict", "amount", "up to", "missing", PolicyFacts.NotesHeader(language));
        foreach (var d in shown)
        {
            var title = catalog.FindPolicy(d.PolicyId)?.Title.In(language) ?? d.PolicyId;
            table.Add(
                $"{title} [{d.PolicyId}]",
                Verdict(d.Verdict, zh),
                Money(d.Award?.Amount, language),
                UpTo(d.Award, language),
                FactLabels(catalog, d.MissingFacts, language),
                PolicyFacts.Notes(catalog, d, report.AsOf, language));
        }

        if (shown.IsEmpty)
        {
            context.Out.WriteLine(PolicyFacts.NoneOpen(report.AsOf, language));
        }
        else
        {
            table.WriteTo(context.Out);
        }

        WriteTotals(context, report.Totals, zh);
        PolicyFacts.WriteRecentlyEnded(context.Out, catalog, report.AsOf, language);
    }

    /// <summary>The up-to of one decision: an amount, or what a non-monetary award is (非资金支持, 减税（资源税减征50%）).</summary>
    public static string UpTo(AwardOutcome? award, Language language) => award switch
    {
        null => "-",
        { IsMonetary: false } => award.Text.In(language),
        { UpTo: { } upTo } => Amounts.Yuan(upTo, language),

        // No ceiling: the award's own words say why (按项目投资额的10%计).
        _ => award.Text.In(language),
    };

    /// <summary>The line naming catalog, version, firm and date that every output starts with.</summary>
    public static void WriteHeader(CliContext context, PolicyCatalog catalog, EnterpriseProfile profile, NodaTime.LocalDate asOf, bool zh)
    {
        var language = zh ? Language.Zh : Language.En;
        context.Out.WriteLine(zh
            ? $"{CatalogName(catalog, language)}，版本 {catalog.Version}；企业：{FirmName(profile, language)}；日期：{Dates.Day(asOf, language)}"
            : $"{CatalogName(catalog, language)}, version {catalog.Version}; enterprise: {FirmName(profile, language)}; as of {Dates.Day(asOf, language)}");
    }

    /// <summary>The catalog by its title, or by its id when it has none.</summary>
    public static string CatalogName(PolicyCatalog catalog, Language language) => catalog.Title?.In(language) ?? catalog.Id;

    /// <summary>The firm by its name (企业名称), else by the profile's id.</summary>
    public static string FirmName(EnterpriseProfile profile, Language language) =>
        profile.Get(StandardFacts.Name.Id) is { IsKnown: true } name ? name.AsString()
        : profile.Id ?? (language == Language.Zh ? "（未命名）" : "(unnamed)");

    /// <summary>Facts by their labels: 项目所在地、项目占地面积 / Project location, Project site area.</summary>
    public static string FactLabels(PolicyCatalog catalog, IEnumerable<string> factIds, Language language) => string.Join(
        language == Language.Zh ? "、" : ", ",
        factIds.Select(id => catalog.Schema.TryGet(id, out var fact, out _) ? fact.Label.In(language) : id));

    public static void WriteTotals(CliContext context, Totals t, bool zh)
    {
        var language = zh ? Language.Zh : Language.En;
        context.Out.WriteLine(zh
            ? $"合计：已确定{Amounts.Yuan(t.Amount, language)}，最高可达{Amounts.Yuan(t.UpTo, language)}{(t.UpToIsBounded ? "" : "，另有不设上限的奖补")}{(t.Unstated > 0 ? $"，其中{t.Unstated}项奖补金额未载明" : "")}（以主管部门核定为准）"
            : $"totals: {Amounts.Yuan(t.Amount, language)} certain, up to {Amounts.Yuan(t.UpTo, language)}{(t.UpToIsBounded ? "" : ", plus awards without a stated ceiling")}{(t.Unstated > 0 ? $", {t.Unstated} of them of an amount not stated" : "")} (as the competent departments approve)");
    }

    public static string Verdict(Verdict verdict, bool zh) => verdict switch
    {
        Evaluation.Verdict.Eligible => zh ? "符合" : "eligible",
        Evaluation.Verdict.Ineligible => zh ? "不符合" : "ineligible",
        _ => zh ? "待定" : "undetermined",
    };

    /// <summary>An amount as people write it (300万元 / 3,000,000 yuan), or <c>-</c> when there is none.</summary>
    public static string Money(decimal? value, Language language) => value is { } v ? Amounts.Yuan(v, language) : "-";

    public static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);
}
