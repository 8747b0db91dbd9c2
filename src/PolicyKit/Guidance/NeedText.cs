using System.Globalization;
using NodaTime.Text;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Predicates;
using PolicyKit.Text;

namespace PolicyKit.Guidance;

/// <summary>
/// A need in words, Chinese and English, culture-free: 员工人数需达到 50 人（现为 5 人）/
/// employees would need to be at least 50 (now 5); 需迁入崂山区 / would need to be registered in Laoshan.
/// </summary>
internal static class NeedText
{
    public static LocalizedText Of(FactDefinition? fact, string factId, Predicate need, FactValue now)
    {
        var label = fact?.Label ?? new LocalizedText(factId, factId);
        var (zh, en) = need switch
        {
            ComparisonPredicate cmp => Compare(fact, cmp),
            InPredicate inSet => In(fact, inSet, negated: false),
            NotPredicate { Operand: InPredicate inSet } => In(fact, inSet, negated: true),
            WithinPredicate within => Within(factId, within, negated: false),
            NotPredicate { Operand: WithinPredicate within } => Within(factId, within, negated: true),
            HasPredicate has => Has(has, negated: false),
            NotPredicate { Operand: HasPredicate has } => Has(has, negated: true),
            _ => ("需满足 " + need.GetType().Name, "would need " + need.GetType().Name),
        };
        var enLabel = Lower(label.In(Language.En));
        // "需迁入崂山区" and "需取得有效的“unicorn”认定" say what they are about without the label.
        var bare = (factId == StandardFacts.District.Id && need is WithinPredicate) || now.IsKnown && now.Type == FactType.Certifications || need is HasPredicate or NotPredicate { Operand: HasPredicate };
        var (nowZh, nowEn) = Now(fact, now);
        var zhNow = !now.IsKnown ? "（现未知）" : now.Type == FactType.Certifications ? $"（现有认定：{nowZh}）" : $"（现为{nowZh}）";
        var enNow = now.IsKnown && now.Type == FactType.Certifications ? $" (now holds {nowEn})" : $" (now {nowEn})";
        return new((bare ? "" : label.Zh) + zh + zhNow, (bare ? "" : enLabel + " ") + en + enNow);
    }

    private static (string Zh, string En) Compare(FactDefinition? fact, ComparisonPredicate cmp)
    {
        var value = cmp.Value;
        if (value.Type == FactType.Bool)
        {
            var yes = value.AsBool() == (cmp.Operator == ComparisonOperator.Eq);
            return (yes ? "需为“是”" : "需为“否”", "would need to be " + (yes ? "yes" : "no"));
        }

        var (zhUnit, enUnit) = Unit(fact?.Unit);
        var v = Describe(value);
        var zhV = v + zhUnit;
        var enV = v + enUnit;
        if (value.Type == FactType.Date)
        {
            return cmp.Operator switch
            {
                ComparisonOperator.Ge => ($"需不早于 {zhV}", $"would need to be on or after {enV}"),
                ComparisonOperator.Gt => ($"需晚于 {zhV}", $"would need to be after {enV}"),
                ComparisonOperator.Le => ($"需不晚于 {zhV}", $"would need to be on or before {enV}"),
                ComparisonOperator.Lt => ($"需早于 {zhV}", $"would need to be before {enV}"),
                ComparisonOperator.Eq => ($"需为 {zhV}", $"would need to be {enV}"),
                _ => ($"不能为 {zhV}", $"would need to be other than {enV}"),
            };
        }

        return cmp.Operator switch
        {
            ComparisonOperator.Ge => ($"需达到 {zhV}", $"would need to be at least {enV}"),
            ComparisonOperator.Gt => ($"需超过 {zhV}", $"would need to be more than {enV}"),
            ComparisonOperator.Le => ($"需不超过 {zhV}", $"would need to be at most {enV}"),
            ComparisonOperator.Lt => ($"需低于 {zhV}", $"would need to be less than {enV}"),
            ComparisonOperator.Eq => ($"需为 {zhV}", $"would need to be {enV}"),
            _ => ($"不能为 {zhV}", $"would need to be other than {enV}"),
        };
    }

    private static (string Zh, string En) In(FactDefinition? fact, InPredicate inSet, bool negated)
    {
        var codes = string.Join("、", inSet.Codes);
        var codesEn = string.Join(", ", inSet.Codes);
        if (fact?.Type == FactType.CodeSet)
        {
            return negated
                ? ($"不能包含以下任一项：{codes}", $"would need to include none of {codesEn}")
                : ($"需包含以下任一项：{codes}", $"would need to include one of {codesEn}");
        }

        if (inSet.Codes.Length == 1)
        {
            return negated ? ($"不能为 {codes}", $"would need to be other than {codesEn}") : ($"需为 {codes}", $"would need to be {codesEn}");
        }

        return negated
            ? ($"不能为以下任一项：{codes}", $"would need to be none of {codesEn}")
            : ($"需为以下之一：{codes}", $"would need to be one of {codesEn}");
    }

    private static (string Zh, string En) Within(string factId, WithinPredicate within, bool negated)
    {
        var name = Name(within.Jurisdiction);
        if (factId == StandardFacts.District.Id)
        {
            return negated
                ? ($"不能位于{name.Zh}", $"would need to be registered outside {name.En}")
                : ($"需迁入{name.Zh}", $"would need to be registered in {name.En}");
        }

        return negated
            ? ($"不能位于{name.Zh}", $"would need to be outside {name.En}")
            : ($"需位于{name.Zh}", $"would need to be in {name.En}");
    }

    private static (string Zh, string En) Has(HasPredicate has, bool negated)
    {
        var period = has.RecognizedWithin is { } p
            ? (Zh: $"，认定日期在 {Iso(p.Start)} 至 {Iso(p.End)} 之间", En: $", recognised between {Iso(p.Start)} and {Iso(p.End)}")
            : (Zh: "", En: "");
        return negated
            ? ($"不能持有有效的“{has.Kind}”认定{period.Zh}", $"would need to hold no valid '{has.Kind}' recognition{period.En}")
            : ($"需取得有效的“{has.Kind}”认定{period.Zh}", $"would need a valid '{has.Kind}' recognition{period.En}");
    }

    private static (string Zh, string En) Now(FactDefinition? fact, FactValue now)
    {
        if (!now.IsKnown)
        {
            return ("未知", "unknown");
        }

        switch (now.Type)
        {
            case FactType.Bool:
                return (now.AsBool() ? "“是”" : "“否”", now.AsBool() ? "yes" : "no");
            case FactType.Jurisdiction:
                var name = Name(now.AsJurisdiction());
                return (name.Zh, name.En);
            case FactType.CodeSet when now.RawCodes.Length == 0:
            case FactType.Certifications when now.RawCertifications.Length == 0:
                return ("无", "none");
            case FactType.Certifications:
                return (
                    string.Join("、", now.RawCertifications.Select(c => $"{c.Kind}，{Iso(c.RecognizedOn)} 认定")),
                    string.Join(", ", now.RawCertifications.Select(c => $"{c.Kind} recognised {Iso(c.RecognizedOn)}")));
            default:
                var (zhUnit, enUnit) = now.IsNumber ? Unit(fact?.Unit) : ("", "");
                var v = Describe(now);
                return (" " + v + zhUnit, v + enUnit);
        }
    }

    /// <summary>A division by name when it is a known one (崂山区 / Laoshan), else by code.</summary>
    private static (string Zh, string En) Name(JurisdictionCode code) =>
        KnownJurisdictions.Find(code) is { } j ? (j.Name.Zh, j.Name.In(Language.En)) : (code.Value, code.Value);

    private static string Describe(FactValue value) => value.Type switch
    {
        FactType.Money => Numbers.Normalize(value.AsNumber()).ToString("#,0.##", CultureInfo.InvariantCulture),
        FactType.CodeSet => string.Join(", ", value.RawCodes),
        _ => value.Describe(),
    };

    private static (string Zh, string En) Unit(string? unit) => unit switch
    {
        "yuan" => (" 元", " yuan"),
        "mu" => (" 亩", " mu"),
        "persons" => (" 人", ""),
        null or "" => ("", ""),
        _ => (" " + unit, " " + unit),
    };

    private static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>"Employees" reads "employees" mid-sentence; "VAT taxpayer kind" keeps its acronym.</summary>
    private static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
