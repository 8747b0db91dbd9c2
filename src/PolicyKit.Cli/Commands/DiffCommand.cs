using System.CommandLine;
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
    public static Command Create(CliContext context)
    {
        var oldCatalog = new Argument<string>("old") { Description = "the old catalog: a file or an embedded id", HelpName = "old catalog" };
        var newCatalog = new Argument<string>("new") { Description = "the new catalog: a file or an embedded id", HelpName = "new catalog" };
        var options = new Options(
            CliOptions.Profile(),
            CliOptions.Sample(),
            CliOptions.AsOf("the date of the new edition's decisions (with a profile)"),
            new Option<string>("--old-as-of") { Description = "the date of the old edition's decisions (default: --as-of)", HelpName = "yyyy-MM-dd" },
            CliOptions.Format("table", "json"),
            CliOptions.Lang());
        var command = new Command("diff", "items added, removed, continued and changed between two catalogs; with a profile, that firm's decisions under both")
        {
            oldCatalog, newCatalog, options.Profile, options.Sample, options.AsOf, options.OldAsOf, options.Format, options.Lang,
        };
        command.SetAction(r => Run(context, r.GetValue(oldCatalog)!, r.GetValue(newCatalog)!, options, r));
        return command;
    }

    private static int Run(CliContext context, string oldReference, string newReference, Options o, ParseResult arguments)
    {
        var old = CliContext.Catalog(oldReference);
        var @new = CliContext.Catalog(newReference);
        var json = CliContext.Json(arguments.GetValue(o.Format));
        var language = CliContext.Lang(arguments.GetValue(o.Lang));
        var options = new ReportWriteOptions { Language = language };
        var profile = Profile(arguments, o, @new);
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

        var asOf = context.AsOf(arguments.GetValue(o.AsOf), arguments.GetValue(o.Sample) ? QingdaoCatalogs.SampleAsOf : null);
        var oldAsOf = context.AsOf(arguments.GetValue(o.OldAsOf), asOf);
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

    private static EnterpriseProfile? Profile(ParseResult arguments, Options o, PolicyCatalog catalog)
    {
        var path = arguments.GetValue(o.Profile);
        var sample = arguments.GetValue(o.Sample);
        if (sample && path is not null)
        {
            throw new UsageException("give either --profile <file> or --sample, not both.");
        }

        if (path is null && !sample && (arguments.GetValue(o.AsOf) ?? arguments.GetValue(o.OldAsOf)) is not null)
        {
            throw new UsageException("--as-of and --old-as-of decide a profile's items; give --profile <file> or --sample too.");
        }

        return path is not null ? CliContext.Profile(path, catalog)
            : sample ? QingdaoCatalogs.SampleProfile.Rebind(catalog.Schema)
            : null;
    }

    private static void WriteItems(TextWriter writer, CatalogDifference difference, PolicyCatalog old, PolicyCatalog @new, Language language)
    {
        var zh = language == Language.Zh;
        string Name(PolicyCatalog c) => $"{MatchCommand.CatalogName(c, language)}{(zh ? "，版本 " : ", version ")}{c.Version}";
        writer.WriteLine(zh ? $"比较：{Name(old)} → {Name(@new)}" : $"diff: {Name(old)} → {Name(@new)}");
        if (difference.IsEmpty && difference.Continued.IsEmpty)
        {
            writer.WriteLine(zh ? "两个目录的政策相同。" : "the catalogs have the same items.");
            return;
        }

        Section(writer, zh ? "新增" : "added", difference.Added.Select(p => $"{p.Id}  {p.Title.In(language)}"));
        Section(writer, zh ? "删除" : "removed", difference.Removed.Select(p => $"{p.Id}  {p.Title.In(language)}"));
        Section(writer, zh ? "延续" : "continued", difference.Continued.Select(m => $"{m.Old.Id} → {m.New.Id}  {m.New.Title.In(language)}"));
        Section(writer, zh ? "变更" : "changed", difference.Changed.Select(m => $"{(m.Old.Id == m.New.Id ? m.New.Id : $"{m.Old.Id} → {m.New.Id}")}: {Changes(m.Changes, zh)}"));
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
            ? $"企业：{MatchCommand.FirmName(profile, language)}；旧版日期：{Dates.Day(comparison.OldAsOf, language)}，新版日期：{Dates.Day(comparison.NewAsOf, language)}"
            : $"enterprise: {MatchCommand.FirmName(profile, language)}; old edition as of {Dates.Day(comparison.OldAsOf, language)}, new edition as of {Dates.Day(comparison.NewAsOf, language)}");
        if (comparison.Entries.IsEmpty)
        {
            writer.WriteLine(zh ? "两个日期都没有有效的政策。" : "no item is in force on either date.");
            return;
        }

        var table = zh
            ? new TextTable("政策", "变化", "旧版结论", "旧版金额", "新版结论", "新版金额")
            : new TextTable("policy", "outcome", "old verdict", "old amount", "new verdict", "new amount");
        foreach (var e in comparison.Entries)
        {
            var title = (e.NewPolicyId is { } n ? @new.FindPolicy(n) : old.FindPolicy(e.OldPolicyId!))?.Title.In(language) ?? e.PolicyId;
            var id = e.OldPolicyId is { } o && e.NewPolicyId is { } nn && o != nn ? $"{o} → {nn}" : e.PolicyId;
            table.Add($"{title} [{id}]", Outcome(e.Outcome, zh), Verdict(e.Old, zh), Amount(e.Old, language), Verdict(e.New, zh), Amount(e.New, language));
        }

        table.WriteTo(writer);
        string Y(decimal v) => Amounts.Yuan(v, language);
        writer.WriteLine(zh
            ? $"合计：旧版已确定{Y(comparison.OldTotals.Amount)}、最高可达{Y(comparison.OldTotals.UpTo)}；新版已确定{Y(comparison.NewTotals.Amount)}、最高可达{Y(comparison.NewTotals.UpTo)}"
            : $"totals: old {Y(comparison.OldTotals.Amount)} certain, up to {Y(comparison.OldTotals.UpTo)}; new {Y(comparison.NewTotals.Amount)} certain, up to {Y(comparison.NewTotals.UpTo)}");
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

    private static string Amount(Decision? decision, Language language) => decision?.Award switch
    {
        null => "-",
        { IsMonetary: false } award => award.Text.In(language),
        { Amount: { } amount } => Amounts.Yuan(amount, language),
        { UpTo: { } upTo } => (language == Language.Zh ? "最高" : "up to ") + Amounts.Yuan(upTo, language),
        { } award => award.Text.In(language),
    };

    /// <summary>What changed, in words: 资格条件、奖补 / eligibility, award.</summary>
    private static string Changes(PolicyChanges changes, bool zh)
    {
        var words = Enum.GetValues<PolicyChanges>().Where(c => c != PolicyChanges.None && changes.HasFlag(c)).Select(c => c switch
        {
            PolicyChanges.Title => zh ? "名称" : "title",
            PolicyChanges.Eligibility => zh ? "资格条件" : "eligibility",
            PolicyChanges.Award => zh ? "奖补" : "award",
            PolicyChanges.Validity => zh ? "有效期" : "validity",
            PolicyChanges.Stacking => zh ? "叠加规则" : "stacking",
            PolicyChanges.FundingKind => zh ? "资金类型" : "funding kind",
            PolicyChanges.Placement => zh ? "所属清单或分类" : "placement",
            PolicyChanges.Level => zh ? "层级" : "level",
            PolicyChanges.Documentation => zh ? "部门、出处或说明" : "department, citations or note",
            _ => c.ToString(),
        }).ToList();
        return words.Count == 0 ? (zh ? "无变化" : "unchanged") : string.Join(zh ? "、" : ", ", words);
    }

    private sealed record Options(Option<string> Profile, Option<bool> Sample, Option<string> AsOf, Option<string> OldAsOf, Option<string> Format, Option<string> Lang);
}
