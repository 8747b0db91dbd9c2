using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Cli.Output;
using PolicyKit.Diff;
using PolicyKit.Evaluation;
using PolicyKit.Guidance;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Text;

namespace PolicyKit.Cli.Commands;

/// <summary>
/// <c>policykit diff &lt;old&gt; &lt;new&gt;</c>: items added, removed, continued and changed; with a
/// profile, that enterprise's decisions under both editions side by side (gained, lost, changed).
/// </summary>
internal static class DiffCommand
{
    public static int Run(CliContext context, string[] args)
    {
        var arguments = Arguments.Parse(args, ["profile", "as-of", "old-as-of", "format", "lang"], ["sample"]);
        arguments.Positionals.Should(2, "diff");
        var old = CliContext.Catalog(arguments.Positionals[0]);
        var @new = CliContext.Catalog(arguments.Positionals[1]);
        var json = CliContext.Json(arguments.Option("format"));
        var language = CliContext.Lang(arguments.Option("lang"));
        var options = new ReportWriteOptions { Language = language };
        var profile = Profile(arguments, @new);
        if (profile is null)
        {
            var difference = CatalogDiff.Compare(old, @new);
            if (json)
            {
                context.Out.WriteLine(GuidanceJson.WriteDifference(difference, options));
            }
            else
            {
                WriteItems(context.Out, difference, old, @new, language);
            }

            return CliApp.Ok;
        }

        var asOf = context.AsOf(arguments.Option("as-of"), arguments.Flag("sample") ? QingdaoCatalogs.SampleAsOf : null);
        var oldAsOf = context.AsOf(arguments.Option("old-as-of"), asOf);
        EditionComparison comparison;
        try
        {
            comparison = PolicyGuide.CompareEditions(profile, old, oldAsOf, @new, asOf);
        }
        catch (ArgumentException e)
        {
            // A fact typed differently in the two editions: the profile cannot be read under both.
            throw new UsageException($"the profile does not fit catalog {old}: {e.Message}");
        }

        if (json)
        {
            context.Out.WriteLine(GuidanceJson.WriteComparison(comparison, options));
            return CliApp.Ok;
        }

        WriteItems(context.Out, comparison.Difference, old, @new, language);
        context.Out.WriteLine();
        WriteDecisions(context.Out, comparison, profile, old, @new, language);
        return CliApp.Ok;
    }

    private static EnterpriseProfile? Profile(Arguments arguments, PolicyCatalog catalog)
    {
        var path = arguments.Option("profile");
        if (arguments.Flag("sample") && path is not null)
        {
            throw new UsageException("give either --profile <file> or --sample, not both.");
        }

        if (path is null && !arguments.Flag("sample") && (arguments.Option("as-of") ?? arguments.Option("old-as-of")) is not null)
        {
            throw new UsageException("--as-of and --old-as-of decide a profile's items; give --profile <file> or --sample too.");
        }

        return path is not null ? CliContext.Profile(path, catalog)
            : arguments.Flag("sample") ? QingdaoCatalogs.SampleProfile.Rebind(catalog.Schema)
            : null;
    }

    private static void WriteItems(TextWriter writer, CatalogDifference difference, PolicyCatalog old, PolicyCatalog @new, Language language)
    {
        var zh = language == Language.Zh;
        writer.WriteLine(zh ? $"比较 {difference.OldCatalog} → {difference.NewCatalog}" : $"diff {difference.OldCatalog} -> {difference.NewCatalog}");
        if (difference.IsEmpty && difference.Continued.IsEmpty)
        {
            writer.WriteLine(zh ? "两个目录的政策相同。" : "the catalogs have the same items.");
            return;
        }

        Section(writer, zh ? "新增" : "added", difference.Added.Select(p => $"{p.Id}  {p.Title.In(language)}"));
        Section(writer, zh ? "删除" : "removed", difference.Removed.Select(p => $"{p.Id}  {p.Title.In(language)}"));
        Section(writer, zh ? "延续" : "continued", difference.Continued.Select(m => $"{m.Old.Id} → {m.New.Id}  {m.New.Title.In(language)}"));
        Section(writer, zh ? "变更" : "changed", difference.Changed.Select(m => $"{(m.Old.Id == m.New.Id ? m.New.Id : $"{m.Old.Id} → {m.New.Id}")}: {m.Describe()}"));
    }

    private static void Section(TextWriter writer, string title, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        writer.WriteLine($"{title} ({all.Count})");
        foreach (var line in all)
        {
            writer.WriteLine("  " + line);
        }
    }

    private static void WriteDecisions(TextWriter writer, EditionComparison comparison, EnterpriseProfile profile, PolicyCatalog old, PolicyCatalog @new, Language language)
    {
        var zh = language == Language.Zh;
        writer.WriteLine(zh
            ? $"企业 {profile.Id ?? "（未命名）"}：旧版日期 {MatchCommand.Iso(comparison.OldAsOf)}，新版日期 {MatchCommand.Iso(comparison.NewAsOf)}"
            : $"profile {profile.Id ?? "(unnamed)"}: old edition as of {MatchCommand.Iso(comparison.OldAsOf)}, new edition as of {MatchCommand.Iso(comparison.NewAsOf)}");
        if (comparison.Entries.IsEmpty)
        {
            writer.WriteLine(zh ? "两个日期都没有有效的政策。" : "no item is in force on either date.");
            return;
        }

        var table = zh
            ? new Table("政策", "变化", "旧版结论", "旧版金额（元）", "新版结论", "新版金额（元）")
            : new Table("policy", "outcome", "old verdict", "old (yuan)", "new verdict", "new (yuan)");
        foreach (var e in comparison.Entries)
        {
            var title = (e.NewPolicyId is { } n ? @new.FindPolicy(n) : old.FindPolicy(e.OldPolicyId!))?.Title.In(language) ?? e.PolicyId;
            var id = e.OldPolicyId is { } o && e.NewPolicyId is { } nn && o != nn ? $"{o} → {nn}" : e.PolicyId;
            table.Add($"{title} [{id}]", Outcome(e.Outcome, zh), Verdict(e.Old, zh), Amount(e.Old, zh), Verdict(e.New, zh), Amount(e.New, zh));
        }

        table.WriteTo(writer);
        writer.WriteLine(zh
            ? $"合计：旧版确定 {MatchCommand.Money(comparison.OldTotals.Amount)} 元、最高 {MatchCommand.Money(comparison.OldTotals.UpTo)} 元；新版确定 {MatchCommand.Money(comparison.NewTotals.Amount)} 元、最高 {MatchCommand.Money(comparison.NewTotals.UpTo)} 元"
            : $"totals: old {MatchCommand.Money(comparison.OldTotals.Amount)} yuan certain, up to {MatchCommand.Money(comparison.OldTotals.UpTo)}; new {MatchCommand.Money(comparison.NewTotals.Amount)} yuan certain, up to {MatchCommand.Money(comparison.NewTotals.UpTo)}");
    }

    private static string Outcome(EditionOutcome outcome, bool zh) => outcome switch
    {
        EditionOutcome.Gained => zh ? "新增可享" : "gained",
        EditionOutcome.Lost => zh ? "不再可享" : "lost",
        EditionOutcome.Changed => zh ? "有变化" : "changed",
        _ => zh ? "不变" : "unchanged",
    };

    private static string Verdict(Decision? decision, bool zh) =>
        decision is null ? (zh ? "（无）" : "(none)") : MatchCommand.Verdict(decision.Verdict, zh);

    private static string Amount(Decision? decision, bool zh) => decision?.Award switch
    {
        null => "-",
        { IsMonetary: false } => zh ? "非资金" : "non-monetary",
        { Amount: { } amount } => MatchCommand.Money(amount),
        { UpTo: { } upTo } => (zh ? "最高 " : "up to ") + MatchCommand.Money(upTo),
        _ => "-",
    };
}
