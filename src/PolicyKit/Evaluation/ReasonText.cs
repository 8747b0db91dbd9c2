using System.Globalization;
using NodaTime.Text;
using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Predicates;
using PolicyKit.Text;

namespace PolicyKit.Evaluation;

/// <summary>The sentences of reasons and awards, in Chinese and English, culture-free.</summary>
internal static class ReasonText
{
    public static LocalizedText Outcome(LocalizedText body, Truth outcome) => new(
        body.Zh + outcome switch { Truth.True => "：满足", Truth.False => "：不满足", _ => "：未知" },
        body.En + outcome switch { Truth.True => ": met", Truth.False => ": not met", _ => ": unknown" });

    public static LocalizedText Composite(Predicate node) => node switch
    {
        AllPredicate => new("同时满足以下全部条件", "all of the following"),
        AnyPredicate => new("满足以下任一条件", "any of the following"),
        NotPredicate => new("不满足以下条件", "not the following"),
        ConstantPredicate { Value: true } => new("无条件适用", "always"),
        _ => new("不适用", "never"),
    };

    public static LocalizedText Leaf(FactDefinition? fact, string factId, string needed, FactValue seen)
    {
        var label = fact?.Label ?? new LocalizedText(factId, factId);
        var unit = Unit(fact?.Unit);
        var seenZh = seen.IsKnown ? $"（实际：{seen.Describe()}{(seen.IsNumber ? unit.Zh : "")}）" : "（未知）";
        var seenEn = seen.IsKnown ? $" (is {seen.Describe()}{(seen.IsNumber ? unit.En : "")})" : " (unknown)";
        return new($"{label.Zh} {needed}{unit.Zh}{seenZh}", $"{label.In(Language.En)} {needed}{unit.En}{seenEn}");
    }

    public static string Needed(ComparisonPredicate cmp) =>
        ComparisonPredicate.OperatorSymbols[(int)cmp.Operator] + " " + cmp.Value.Describe();

    public static string Needed(InPredicate inSet) => "∈ {" + string.Join(", ", inSet.Codes) + "}";

    public static string Needed(WithinPredicate within) =>
        "⊆ " + within.Jurisdiction.Value + (KnownJurisdictions.Find(within.Jurisdiction) is { } j ? " " + j.Name.Zh : "");

    public static string Needed(HasPredicate has) =>
        has.Kind + (has.RecognizedWithin is { } p ? $" @ {LocalDatePattern.Iso.Format(p.Start)}..{LocalDatePattern.Iso.Format(p.End)}" : "");

    public static LocalizedText Has(HasPredicate has, FactValue seen)
    {
        var period = has.RecognizedWithin is { } p
            ? (Zh: $"，认定日期在 {LocalDatePattern.Iso.Format(p.Start)} 至 {LocalDatePattern.Iso.Format(p.End)} 之间", En: $", recognised between {LocalDatePattern.Iso.Format(p.Start)} and {LocalDatePattern.Iso.Format(p.End)}")
            : (Zh: "", En: "");
        var seenZh = seen.IsKnown ? $"（实际：{seen.Describe()}）" : "（未知）";
        var seenEn = seen.IsKnown ? $" (has {seen.Describe()})" : " (unknown)";
        return new($"持有有效的“{has.Kind}”认定{period.Zh}{seenZh}", $"holds a valid '{has.Kind}' certification{period.En}{seenEn}");
    }

    public static LocalizedText Award(AwardRule rule) => rule switch
    {
        NoAward => new("非资金支持", "non-monetary support"),
        UnstatedAward => new("资金奖补，金额未载明", "money, amount not stated"),
        CandidacyAward => new("候选资格：由主管部门筛选确定，符合条件不等于入选", "candidacy only: the authority selects; meeting the conditions is not being selected"),
        PerUnitAward p => new(
            $"按 {p.Of} 每单位 {Yuan(p.Amount)} 元计" + (p.Cap is { } pc ? $"，最高 {Yuan(pc)} 元" : ""),
            $"{Yuan(p.Amount)} yuan per unit of {p.Of}" + (p.Cap is { } pc2 ? $", at most {Yuan(pc2)} yuan" : "")),
        FixedAward f => new($"奖补 {Yuan(f.Amount)} 元", $"{Yuan(f.Amount)} yuan"),
        UpToAward u => new($"最高 {Yuan(u.Cap)} 元", $"up to {Yuan(u.Cap)} yuan"),
        RateAward r => new(
            $"按 {r.Of} 的 {Percent(r.Rate)} 计" + (r.Cap is { } c ? $"，最高 {Yuan(c)} 元" : ""),
            $"{Percent(r.Rate)} of {r.Of}" + (r.Cap is { } c2 ? $", at most {Yuan(c2)} yuan" : "")),
        CappedAward c => new($"{Award(c.Inner).Zh}，最高 {Yuan(c.Cap)} 元", $"{Award(c.Inner).In(Language.En)}, at most {Yuan(c.Cap)} yuan"),
        TieredAward t => new($"按 {t.FactId} 分档奖补", $"tiered by {t.FactId}"),
        TaxReductionAward x => new($"{x.Tax} 减征 {Percent(x.Share)}", $"{x.Tax} reduced by {Percent(x.Share)}"),
        _ => new(rule.GetType().Name, rule.GetType().Name),
    };

    public static string Yuan(decimal value) => Numbers.Normalize(value).ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => Numbers.Format(share * 100m) + "%";

    private static (string Zh, string En) Unit(string? unit) => unit switch
    {
        "yuan" => (" 元", " yuan"),
        "mu" => (" 亩", " mu"),
        "persons" => (" 人", " persons"),
        null or "" => ("", ""),
        _ => (" " + unit, " " + unit),
    };
}
