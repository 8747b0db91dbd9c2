using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Predicates;
using PolicyKit.Text;

namespace PolicyKit.Guidance;

/// <summary>
/// A need in words, Chinese and English, culture-free: 员工人数需达到50人（现为：5人）/
/// employees would need to be at least 50 persons (now 5 persons); 需迁入崂山区 / would need to be registered in Laoshan.
/// </summary>
internal static class NeedText
{
    public static LocalizedText Of(FactDefinition? fact, string factId, Predicate need, FactValue now)
    {
        var label = ReasonText.LabelOf(fact, factId);
        var (zh, en) = need switch
        {
            ComparisonPredicate cmp => Compare(fact, cmp),
            InPredicate inSet => In(fact, inSet, negated: false),
            NotPredicate { Operand: InPredicate inSet } => In(fact, inSet, negated: true),
            WithinPredicate within => Within(factId, within, negated: false),
            NotPredicate { Operand: WithinPredicate within } => Within(factId, within, negated: true),
            HasPredicate has => Has(fact, has, negated: false),
            NotPredicate { Operand: HasPredicate has } => Has(fact, has, negated: true),
            _ => ("需满足" + need.GetType().Name, "would need " + need.GetType().Name),
        };
        var enLabel = ReasonText.Lower(label.In(Language.En));
        // "需迁入崂山区" and "需取得有效的独角兽企业认定" say what they are about without the label.
        var bare = (factId == StandardFacts.District.Id && need is WithinPredicate or NotPredicate { Operand: WithinPredicate })
            || now.IsKnown && now.Type == FactType.Certifications || need is HasPredicate or NotPredicate { Operand: HasPredicate };
        var (nowZh, nowEn) = ReasonText.Value(fact, now);
        var zhNow = !now.IsKnown ? "（未提供）" : now.Type == FactType.Certifications ? $"（现有认定：{nowZh}）" : $"（现为：{nowZh}）";
        var enNow = !now.IsKnown ? " (not given)" : now.Type == FactType.Certifications ? $" (now holds: {nowEn})" : $" (now {nowEn})";
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

        var (zhV, enV) = ReasonText.Value(fact, value);
        if (value.Type == FactType.Date)
        {
            return cmp.Operator switch
            {
                ComparisonOperator.Ge => ($"需不早于{zhV}", $"would need to be on or after {enV}"),
                ComparisonOperator.Gt => ($"需晚于{zhV}", $"would need to be after {enV}"),
                ComparisonOperator.Le => ($"需不晚于{zhV}", $"would need to be on or before {enV}"),
                ComparisonOperator.Lt => ($"需早于{zhV}", $"would need to be before {enV}"),
                ComparisonOperator.Eq => ($"需为{zhV}", $"would need to be {enV}"),
                _ => ($"不能为{zhV}", $"would need to be other than {enV}"),
            };
        }

        if (!value.IsNumber)
        {
            return cmp.Operator == ComparisonOperator.Ne
                ? ($"不能为{zhV}", $"would need to be other than {enV}")
                : ($"需为{zhV}", $"would need to be {enV}");
        }

        return cmp.Operator switch
        {
            ComparisonOperator.Ge => ($"需达到{zhV}", $"would need to be at least {enV}"),
            ComparisonOperator.Gt => ($"需超过{zhV}", $"would need to be more than {enV}"),
            ComparisonOperator.Le => ($"需不超过{zhV}", $"would need to be at most {enV}"),
            ComparisonOperator.Lt => ($"需低于{zhV}", $"would need to be less than {enV}"),
            ComparisonOperator.Eq => ($"需为{zhV}", $"would need to be {enV}"),
            _ => ($"不能为{zhV}", $"would need to be other than {enV}"),
        };
    }

    private static (string Zh, string En) In(FactDefinition? fact, InPredicate inSet, bool negated)
    {
        var (codes, codesEn) = fact?.Type == FactType.Jurisdiction
            ? Places(inSet.Codes)
            : ReasonText.Join(inSet.Codes.Select(c => ReasonText.Code(fact, c)), "、", ", ");
        var one = inSet.Codes.Length == 1;
        if (fact?.Type == FactType.Jurisdiction)
        {
            return negated
                ? ($"不能在{codes}" + (one ? "" : "中的任何一处"), $"would need to be outside {codesEn}")
                : ($"需在{codes}" + (one ? "" : "之一"), $"would need to be in {(one ? "" : "one of ")}{codesEn}");
        }

        if (fact?.Type == FactType.CodeSet)
        {
            return negated
                ? ($"不能含{codes}" + (one ? "" : "中的任何一项"), $"would need to include none of {codesEn}")
                : ($"需含{codes}" + (one ? "" : "之一"), $"would need to include {(one ? "" : "one of ")}{codesEn}");
        }

        if (one)
        {
            return negated ? ($"不能为{codes}", $"would need to be other than {codesEn}") : ($"需为{codes}", $"would need to be {codesEn}");
        }

        return negated
            ? ($"不能为{codes}中的任何一项", $"would need to be none of {codesEn}")
            : ($"需为{codes}之一", $"would need to be one of {codesEn}");
    }

    private static (string Zh, string En) Places(IEnumerable<string> codes)
    {
        var places = codes.Select(c => JurisdictionCode.TryParse(c, out var j) ? ReasonText.Place(j) : (c, c)).ToList();
        return (string.Join("、", places.Select(p => p.Item1)), string.Join(", ", places.Select(p => p.Item2)));
    }

    private static (string Zh, string En) Within(string factId, WithinPredicate within, bool negated)
    {
        var name = ReasonText.Place(within.Jurisdiction);
        if (factId == StandardFacts.District.Id)
        {
            return negated
                ? ($"不能注册在{name.Zh}", $"would need to be registered outside {name.En}")
                : ($"需迁入{name.Zh}", $"would need to be registered in {name.En}");
        }

        return negated
            ? ($"不能在{name.Zh}", $"would need to be outside {name.En}")
            : ($"需在{name.Zh}", $"would need to be in {name.En}");
    }

    private static (string Zh, string En) Has(FactDefinition? fact, HasPredicate has, bool negated)
    {
        var kind = ReasonText.KindOf(fact, has.Kind);
        var period = ReasonText.Period(has);
        return negated
            ? ($"不能持有有效的{kind.Zh}认定{period.Zh}", $"would need to hold no valid {kind.In(Language.En)} recognition{period.En}")
            : ($"需取得有效的{kind.Zh}认定{period.Zh}", $"would need a valid {kind.In(Language.En)} recognition{period.En}");
    }
}
