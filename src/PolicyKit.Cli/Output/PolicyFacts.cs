using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Model;
using PolicyKit.Text;

namespace PolicyKit.Cli.Output;

/// <summary>
/// What <c>match</c> and <c>explain</c> tell of an item besides its verdict (specification §5.3,
/// §5.4): where it comes from and what the sources leave open, its validity (unstated, ending
/// soon, recently ended) and its application guide. Chinese first, natural sentences.
/// </summary>
internal static class PolicyFacts
{
    /// <summary>
    /// The one line under <c>match</c>'s header when some decided items have no stated validity,
    /// or <see langword="null"/> when every one states it.
    /// </summary>
    public static string? ValidityCaveat(PolicyCatalog catalog, DecisionReport report, Language language)
    {
        var unstated = report.Decisions.Count(d => catalog.FindPolicy(d.PolicyId) is { } p && !ItemNotices.IsValidityStated(catalog, p));
        if (unstated == 0)
        {
            return null;
        }

        return language == Language.Zh
            ? $"注意：其中{unstated}项政策的原文未载明有效期（提示栏标“有效期未载明”），结论按原文作出；办理前请向主管部门确认仍在执行。"
            : $"Note: for {unstated} of these items the sources do not say how long they are in force (marked \"validity not stated\"); the answers follow the texts as published, so check with the department that they still apply.";
    }

    /// <summary>The header of <c>match</c>'s notes column.</summary>
    public static string NotesHeader(Language language) => language == Language.Zh ? "提示" : "notes";

    /// <summary>
    /// <c>match</c>'s notes for one decision: ending soon (即将截止), what the sources leave open,
    /// and the application state when a guide states it.
    /// </summary>
    public static string Notes(PolicyCatalog catalog, Decision decision, LocalDate asOf, Language language)
    {
        if (catalog.FindPolicy(decision.PolicyId) is not { } policy)
        {
            return "";
        }

        var zh = language == Language.Zh;
        var notes = new List<string>();
        if (ItemNotices.EndingSoon(catalog, policy, asOf) is { } end)
        {
            notes.Add(zh ? $"即将截止（{Dates.Day(end, language)}）" : $"ends soon ({Dates.Day(end, language)})");
        }

        notes.AddRange(LeftOpenTexts(ItemNotices.LeftOpenBy(catalog, policy, decision), language));
        var state = ApplicationGuide.StateOn(policy.Guide, asOf);
        if (state.Status != ApplicationStatus.NotStated)
        {
            notes.Add(Application(state, language));
        }

        return string.Join(zh ? "；" : "; ", notes);
    }

    /// <summary>Whether <c>match --open-now</c> keeps the decision: its item takes applications on the as-of date.</summary>
    public static bool IsOpenNow(PolicyCatalog catalog, Decision decision, LocalDate asOf) =>
        catalog.FindPolicy(decision.PolicyId) is { } policy && ApplicationGuide.StateOn(policy.Guide, asOf).Status == ApplicationStatus.Open;

    /// <summary>The line <c>match --open-now</c> prints when no item takes applications.</summary>
    public static string NoneOpen(LocalDate asOf, Language language) => language == Language.Zh
        ? $"{Dates.Day(asOf, language)}没有正在受理申报的政策（申报时间未载明的政策不列出）。"
        : $"no item takes applications on {Dates.Day(asOf, language)} (items whose application period is not stated are not listed).";

    /// <summary>After <c>match</c>'s table: the items that ended within the window before the as-of date (已过期), with their end dates.</summary>
    public static void WriteRecentlyEnded(TextWriter writer, PolicyCatalog catalog, LocalDate asOf, Language language)
    {
        var ended = ItemNotices.RecentlyEnded(catalog, asOf);
        if (ended.IsEmpty)
        {
            return;
        }

        var zh = language == Language.Zh;
        writer.WriteLine(zh
            ? $"已过期（评估日前{ItemNotices.EndedWindowDays}天内截止，不再作出结论）："
            : $"ended (within {ItemNotices.EndedWindowDays} days before the as-of date; no longer decided):");
        foreach (var item in ended)
        {
            var title = catalog.FindPolicy(item.PolicyId)!.Title.In(language);
            writer.WriteLine(zh
                ? $"  - {title}：已过期，{Dates.Day(item.End, language)}截止"
                : $"  - {title}: ended on {Dates.Day(item.End, language)}");
        }
    }

    /// <summary>
    /// <c>explain</c>'s account of the item: list, department, validity, citations, note, what the
    /// sources leave open, and the application guide.
    /// </summary>
    public static void WriteSources(TextWriter writer, PolicyCatalog catalog, Policy policy, Decision decision, LocalDate asOf, Language language)
    {
        var zh = language == Language.Zh;
        var notStated = zh ? "未载明" : "not stated";
        writer.WriteLine(zh ? "出处：" : "sources:");
        var list = catalog.FindList(policy.List);
        writer.WriteLine((zh ? "  政策清单：" : "  list: ") + (list?.Title.In(language) ?? policy.List));
        writer.WriteLine((zh ? "  责任部门：" : "  department: ") + (policy.Department?.In(language) ?? notStated));
        var validity = catalog.ValidityOf(policy);
        var ending = ItemNotices.EndingSoon(catalog, policy, asOf) is not null ? (zh ? "（即将截止）" : " (ends soon)") : "";
        writer.WriteLine((zh ? "  有效期：" : "  in force: ") + Period(validity, language, zh ? "原文未载明有效期" : "not stated by the sources") + ending);
        foreach (var citation in policy.Citations)
        {
            writer.WriteLine(zh ? $"  原文（{citation.Document}）：“{citation.Quote}”" : $"  quote ({citation.Document}): “{citation.Quote}”");
        }

        if (policy.Citations.IsEmpty)
        {
            writer.WriteLine(zh ? "  原文：未引用" : "  quote: none cited");
        }

        if (policy.Note is { } note)
        {
            writer.WriteLine((zh ? "  说明：" : "  note: ") + note.In(language));
        }

        var open = LeftOpenTexts(ItemNotices.LeftOpenBy(catalog, policy, decision), language).ToList();
        if (open.Count > 0)
        {
            writer.WriteLine((zh ? "  原文未尽之处：" : "  left open by the sources: ") + string.Join(zh ? "；" : "; ", open));
        }

        WriteGuide(writer, policy.Guide, asOf, language);
    }

    private static void WriteGuide(TextWriter writer, ApplicationGuide? guide, LocalDate asOf, Language language)
    {
        var zh = language == Language.Zh;
        writer.WriteLine((zh ? "申报：" : "applications: ") + Application(ApplicationGuide.StateOn(guide, asOf), language));
        if (guide is null)
        {
            return;
        }

        if (guide.Windows.Length > 1)
        {
            writer.WriteLine((zh ? "  申报时间：" : "  application periods: ") + string.Join(zh ? "；" : "; ", guide.Windows.Select(w => Period(w, language, ""))));
        }

        if (!guide.Materials.IsEmpty)
        {
            writer.WriteLine((zh ? "  申报材料：" : "  materials: ") + string.Join(zh ? "；" : "; ", guide.Materials.Select(m => m.In(language))));
        }

        Line(writer, zh ? "  咨询电话：" : "  phone: ", guide.Phone);
        Line(writer, zh ? "  受理方式：" : "  how to apply: ", guide.Method?.In(language));
        Line(writer, zh ? "  受理地址：" : "  where to apply: ", guide.Address?.In(language));
        Line(writer, zh ? "  兑现时限：" : "  paid within: ", guide.PayoutTime?.In(language));
        Line(writer, zh ? "  文号：" : "  document number: ", guide.DocumentNumber);
        Line(writer, zh ? "  原文链接：" : "  link: ", guide.Link?.OriginalString);
        if (guide.WithoutApplication == false)
        {
            writer.WriteLine(zh ? "  须经申报，不属于免申即享。" : "  an application is needed (not paid without application).");
        }
    }

    private static void Line(TextWriter writer, string label, string? value)
    {
        if (value is not null)
        {
            writer.WriteLine(label + value);
        }
    }

    private static string Application(ApplicationState state, Language language)
    {
        var zh = language == Language.Zh;
        return state.Status switch
        {
            ApplicationStatus.Open when state.Window is { } w => zh ? $"申报中（{Period(w, language, "")}）" : $"open for applications ({Period(w, language, "")})",
            ApplicationStatus.Open => zh ? "申报中（常年受理）" : "open for applications (all year)",
            ApplicationStatus.NotYetOpen => zh ? $"申报未开始（{Period(state.Window!.Value, language, "")}）" : $"applications not yet open ({Period(state.Window!.Value, language, "")})",
            ApplicationStatus.Closed => zh ? $"申报已截止（{Period(state.Window!.Value, language, "")}）" : $"applications closed ({Period(state.Window!.Value, language, "")})",
            ApplicationStatus.WithoutApplication => zh ? "免申即享，无需申报" : "paid without application (免申即享)",
            _ => zh ? "申报时间未载明" : "application period not stated",
        };
    }

    private static IEnumerable<string> LeftOpenTexts(LeftOpen open, Language language)
    {
        var zh = language == Language.Zh;
        if (open.HasFlag(LeftOpen.Validity))
        {
            yield return zh ? "有效期未载明" : "validity not stated";
        }

        if (open.HasFlag(LeftOpen.Amount))
        {
            yield return zh ? "金额未载明" : "amount not stated";
        }

        if (open.HasFlag(LeftOpen.Conditions))
        {
            yield return zh ? "条件未尽载明，由主管部门认定" : "conditions not fully stated; the department decides";
        }
    }

    /// <summary>A period as people write it, with open ends said in words.</summary>
    private static string Period(Validity period, Language language, string whenOpen)
    {
        var zh = language == Language.Zh;
        return (period.Start, period.End) switch
        {
            ({ } s, { } e) => Dates.Period(new DateInterval(s, e), language),
            ({ } s, null) => zh ? $"自{Dates.Day(s, language)}起，截止日期未载明" : $"from {Dates.Day(s, language)}; end not stated",
            (null, { } e) => zh ? $"至{Dates.Day(e, language)}截止" : $"until {Dates.Day(e, language)}",
            _ => whenOpen,
        };
    }
}
