using NodaTime.Text;
using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Modifiers;
using PolicyKit.Predicates;
using PolicyKit.Text;

namespace PolicyKit.Evaluation;

/// <summary>
/// The sentences of reasons and awards, in Chinese and English, culture-free: labels instead of ids and
/// codes, amounts and days as people write them (注册地须在崂山区：符合; 最高300万元). Specification §5.
/// </summary>
/// <remarks>
/// Evaluation keeps these lazy: a reason's text is made on first read (<see cref="ReasonNode.Text"/>), so
/// verdicts, totals and populations never format a sentence.
/// </remarks>
internal static class ReasonText
{
    /// <summary>Tax codes with their names (the 六税两费 and the commonest others); another code reads as itself.</summary>
    private static readonly Dictionary<string, LocalizedText> Taxes = new(StringComparer.Ordinal)
    {
        ["resource-tax"] = new("资源税", "resource tax"),
        ["urban-maintenance-construction-tax"] = new("城市维护建设税", "urban maintenance and construction tax"),
        ["property-tax"] = new("房产税", "property tax"),
        ["urban-land-use-tax"] = new("城镇土地使用税", "urban land use tax"),
        ["stamp-duty"] = new("印花税", "stamp duty"),
        ["farmland-occupation-tax"] = new("耕地占用税", "farmland occupation tax"),
        ["education-surcharge"] = new("教育费附加", "education surcharge"),
        ["local-education-surcharge"] = new("地方教育附加", "local education surcharge"),
        ["vat"] = new("增值税", "VAT"),
        ["corporate-income-tax"] = new("企业所得税", "corporate income tax"),
        ["individual-income-tax"] = new("个人所得税", "individual income tax"),
    };

    public static LocalizedText Outcome(LocalizedText body, Truth outcome) => new(
        body.Zh + outcome switch { Truth.True => "：符合", Truth.False => "：不符合", _ => "：待定" },
        body.En + outcome switch { Truth.True => ": met", Truth.False => ": not met", _ => ": unknown" });

    public static LocalizedText Composite(Predicate node) => node switch
    {
        AllPredicate => new("同时满足以下全部条件", "all of the following"),
        AnyPredicate => new("满足以下任一条件", "any of the following"),
        NotPredicate => new("不满足以下条件", "not the following"),
        ConstantPredicate { Value: true } => new("无条件适用", "applies without conditions"),
        _ => new("不适用", "never applies"),
    };

    /// <summary>A fact leaf (comparison, <c>in</c>, <c>within</c>) as a condition with the value seen.</summary>
    public static LocalizedText Leaf(FactDefinition? fact, FactPredicate leaf, FactValue seen)
    {
        var label = LabelOf(fact, leaf.FactId);
        var (zh, en) = leaf switch
        {
            ComparisonPredicate cmp => Compare(fact, cmp),
            InPredicate inSet => In(fact, inSet.Codes),
            WithinPredicate within => ($"须在{Place(within.Jurisdiction).Zh}", $"must be in {Place(within.Jurisdiction).En}"),
            _ => ("须满足" + leaf.GetType().Name, "must meet " + leaf.GetType().Name),
        };

        // What the condition names already says the value seen: 注册地须在崂山区 for an enterprise registered in 崂山区.
        var obvious = seen.IsKnown && leaf switch
        {
            WithinPredicate within => seen.Type == FactType.Jurisdiction && seen.RawString == within.Jurisdiction.Value,
            ComparisonPredicate { Operator: ComparisonOperator.Eq } cmp => !seen.IsNumber && seen.Type != FactType.Date && seen.Equals(cmp.Value),
            InPredicate { Codes.Length: 1 } one => seen.Type == FactType.Code && seen.RawString == one.Codes[0],
            _ => false,
        };
        var (seenZh, seenEn) = obvious ? ("", "") : Seen(fact, seen);
        return new(label.Zh + zh + seenZh, label.In(Language.En) + " " + en + seenEn);
    }

    /// <summary>A <c>has</c> leaf: 须持有有效的独角兽企业认定（现有：2023年5月10日认定）.</summary>
    public static LocalizedText Has(HasPredicate has, FactDefinition? fact, FactValue seen)
    {
        var kind = KindOf(fact, has.Kind);
        var period = Period(has);
        string seenZh, seenEn;
        if (!seen.IsKnown)
        {
            (seenZh, seenEn) = ("（未提供）", " (not given)");
        }
        else if (seen.RawCertifications.Where(c => c.Kind == has.Kind).ToList() is { Count: > 0 } same)
        {
            seenZh = "（现有：" + string.Join("；", same.Select(c => Held(c, Language.Zh))) + "）";
            seenEn = " (holds one " + string.Join("; one ", same.Select(c => Held(c, Language.En))) + ")";
        }
        else
        {
            var held = Certifications(fact, seen);
            (seenZh, seenEn) = ($"（现有认定：{held.Zh}）", $" (holds: {held.En})");
        }

        return new($"须持有有效的{kind.Zh}认定{period.Zh}{seenZh}", $"must hold a valid {kind.In(Language.En)} recognition{period.En}{seenEn}");
    }

    /// <summary>The period a <c>has</c> leaf asks the recognition to fall in, or empty texts.</summary>
    public static (string Zh, string En) Period(HasPredicate has) => has.RecognizedWithin is { } p
        ? ($"，且认定日期在{Dates.Day(p.Start, Language.Zh)}至{Dates.Day(p.End, Language.Zh)}之间", $", recognised between {Dates.Day(p.Start, Language.En)} and {Dates.Day(p.End, Language.En)}")
        : ("", "");

    public static string Needed(ComparisonPredicate cmp) =>
        ComparisonPredicate.OperatorSymbols[(int)cmp.Operator] + " " + cmp.Value.Describe();

    public static string Needed(InPredicate inSet) => "∈ {" + string.Join(", ", inSet.Codes) + "}";

    public static string Needed(WithinPredicate within) =>
        "⊆ " + within.Jurisdiction.Value + (KnownJurisdictions.Find(within.Jurisdiction) is { } j ? " " + j.Name.Zh : "");

    public static string Needed(HasPredicate has) =>
        has.Kind + (has.RecognizedWithin is { } p ? $" @ {LocalDatePattern.Iso.Format(p.Start)}..{LocalDatePattern.Iso.Format(p.End)}" : "");

    /// <summary>An award rule in words, with the labels of the facts it reads from <paramref name="schema"/>.</summary>
    public static LocalizedText Award(AwardRule rule, FactSchema schema) => rule switch
    {
        NoAward => new("非资金支持", "non-monetary support"),
        UnstatedAward => new("资金奖补，金额未载明", "money, amount not stated"),
        CandidacyAward => new("候选资格：由主管部门筛选确定，符合条件不等于入选", "candidacy only: the authority selects; meeting the conditions is not being selected"),
        PerUnitAward p => PerUnit(p, Find(schema, p.Of), LabelOf(schema, p.Of)),
        FixedAward f => new($"奖补{Amounts.Yuan(f.Amount, Language.Zh)}", Amounts.Yuan(f.Amount, Language.En)),
        UpToAward u => new($"最高{Amounts.Yuan(u.Cap, Language.Zh)}", $"up to {Amounts.Yuan(u.Cap, Language.En)}"),
        RateAward r => new(
            $"按{LabelOf(schema, r.Of).Zh}的{Percent(r.Rate)}计" + (r.Cap is { } c ? $"，最高{Amounts.Yuan(c, Language.Zh)}" : ""),
            $"{Percent(r.Rate)} of {Lower(LabelOf(schema, r.Of).In(Language.En))}" + (r.Cap is { } c2 ? $", at most {Amounts.Yuan(c2, Language.En)}" : "")),
        CappedAward c => new($"{Award(c.Inner, schema).Zh}，最高{Amounts.Yuan(c.Cap, Language.Zh)}", $"{Award(c.Inner, schema).In(Language.En)}, at most {Amounts.Yuan(c.Cap, Language.En)}"),
        TieredAward t => Tiers(t, Find(schema, t.FactId)),
        TaxReductionAward x => new(
            $"减税（{TaxOf(x.Tax).Zh}减征{Percent(x.Share)}）",
            $"tax reduction ({TaxOf(x.Tax).In(Language.En)} cut by {Percent(x.Share)})"),
        _ => new(rule.GetType().Name, rule.GetType().Name),
    };

    /// <summary>A payout modifier applied to one decision: 亩产效益评价等级为C类，按80%兑现.</summary>
    public static LocalizedText Modifier(PayoutModifier modifier, FactDefinition? fact, FactValue code, decimal? ratio, decimal unknownFactor)
    {
        var label = LabelOf(fact, modifier.FactId);
        if (ratio is not { } r)
        {
            // An unknown code counts the most its ratio could be (specification §3.16.3): a code the modifier does not list pays in full.
            var max = Percent(unknownFactor);
            return new($"{label.Zh}未提供，上限按最高比例{max}计", $"{label.In(Language.En)} not given; the up-to counts the highest ratio, {max}");
        }

        var value = Value(fact, code);
        return r == 0m
            ? new($"{label.Zh}为{value.Zh}，不予兑现", $"{label.In(Language.En)} is {value.En}: nothing is paid")
            : new($"{label.Zh}为{value.Zh}，按{Percent(r)}兑现", $"{label.In(Language.En)} is {value.En}: paid at {Percent(r)}");
    }

    /// <summary>The label of a fact, or its id in both languages when the schema does not have it.</summary>
    public static LocalizedText LabelOf(FactDefinition? fact, string factId) => fact?.Label ?? LocalizedText.Verbatim(factId);

    /// <summary>The label of a certification kind: 独角兽企业.</summary>
    public static LocalizedText KindOf(FactDefinition? fact, string kind) =>
        fact?.LabelOf(kind) ?? StandardCertifications.LabelOf(kind) ?? LocalizedText.Verbatim(kind);

    /// <summary>A division by its name when it is a known one (崂山区 / Laoshan), else by its code.</summary>
    public static (string Zh, string En) Place(JurisdictionCode code) =>
        KnownJurisdictions.Find(code) is { } j ? (j.Name.Zh, j.Name.In(Language.En)) : (code.Value, code.Value);

    /// <summary>The value seen, as the end of a condition: （现为：30亩） / (is 30 mu); （未提供） / (not given).</summary>
    public static (string Zh, string En) Seen(FactDefinition? fact, FactValue seen)
    {
        if (!seen.IsKnown)
        {
            return ("（未提供）", " (not given)");
        }

        var v = Value(fact, seen);
        return ($"（现为：{v.Zh}）", $" (is {v.En})");
    }

    /// <summary>A value in words: 是, 30亩, 300万元, 2023年5月10日, 规模以上企业, 虚拟现实、人工智能, 崂山区.</summary>
    public static (string Zh, string En) Value(FactDefinition? fact, FactValue value)
    {
        if (!value.IsKnown)
        {
            return ("未提供", "not given");
        }

        switch (value.Type)
        {
            case FactType.Bool:
                return value.AsBool() ? ("是", "yes") : ("否", "no");
            case FactType.Integer or FactType.Decimal or FactType.Money:
                return Number(fact, value.AsNumber(), value.Type == FactType.Money);
            case FactType.Date:
                return (Dates.Day(value.AsDate(), Language.Zh), Dates.Day(value.AsDate(), Language.En));
            case FactType.Jurisdiction:
                return Place(value.AsJurisdiction());
            case FactType.Code:
                var code = Code(fact, value.RawString);
                return (code.Zh, code.In(Language.En));
            case FactType.CodeSet:
                return value.RawCodes.Length == 0 ? ("无", "none") : Join(value.RawCodes.Select(c => Code(fact, c)), "、", ", ");
            case FactType.Certifications:
                var held = Certifications(fact, value);
                return (held.Zh, held.En);
            default:
                return ($"“{value.RawString}”", $"\"{value.RawString}\"");
        }
    }

    /// <summary>An amount per unit of a quantity: 按新增员工人数每人5,000元计，最高50万元 / 5,000 yuan per person of ..., at most 500,000 yuan.</summary>
    private static LocalizedText PerUnit(PerUnitAward p, FactDefinition? fact, LocalizedText label)
    {
        var (zhUnit, enUnit) = fact?.Unit switch
        {
            "persons" => ("每人", "per person"),
            "mu" => ("每亩", "per mu"),
            "m2" or "sqm" => ("每平方米", "per square metre"),
            null or "" => ("每单位", "per unit"),
            var unit => ("每" + unit, "per " + unit),
        };
        return new(
            $"按{label.Zh}{zhUnit}{Amounts.Yuan(p.Amount, Language.Zh)}计" + (p.Cap is { } c ? $"，最高{Amounts.Yuan(c, Language.Zh)}" : ""),
            $"{Amounts.Yuan(p.Amount, Language.En)} {enUnit} of {Lower(label.In(Language.En))}" + (p.Cap is { } c2 ? $", at most {Amounts.Yuan(c2, Language.En)}" : ""));
    }

    /// <summary>A number with its unit: 50亩, 30人, 300万元 / 50 mu, 30 persons, 3,000,000 yuan.</summary>
    public static (string Zh, string En) Number(FactDefinition? fact, decimal number, bool money = false)
    {
        if (money || fact?.Unit == "yuan")
        {
            return (Amounts.Yuan(number, Language.Zh), Amounts.Yuan(number, Language.En));
        }

        var figure = Amounts.Grouped(number);
        return fact?.Unit switch
        {
            "mu" => (figure + "亩", figure + " mu"),
            "persons" => (figure + "人", figure + (number == 1m ? " person" : " persons")),
            null or "" => (figure, figure),
            var unit => (figure + unit, figure + " " + unit),
        };
    }

    /// <summary>The label of a code of <paramref name="fact"/>, or the code itself.</summary>
    public static LocalizedText Code(FactDefinition? fact, string code) => fact?.LabelOf(code) ?? LocalizedText.Verbatim(code);

    /// <summary>Labels joined as a list: 虚拟现实、人工智能 / virtual reality, artificial intelligence.</summary>
    public static (string Zh, string En) Join(IEnumerable<LocalizedText> items, string zhSeparator, string enSeparator)
    {
        var list = items.ToList();
        return (string.Join(zhSeparator, list.Select(i => i.Zh)), string.Join(enSeparator, list.Select(i => i.In(Language.En))));
    }

    /// <summary>"Employees" reads "employees" mid-sentence; "VAT taxpayer kind" keeps its acronym.</summary>
    public static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    public static string Percent(decimal share) => Numbers.Format(share * 100m) + "%";

    private static (string Zh, string En) Compare(FactDefinition? fact, ComparisonPredicate cmp)
    {
        var value = cmp.Value;
        var op = cmp.Operator;
        if (value.Type == FactType.Bool)
        {
            var yes = value.AsBool() == (op == ComparisonOperator.Eq);
            return yes ? ("须为“是”", "must be yes") : ("须为“否”", "must be no");
        }

        var (zh, en) = Value(fact, value);
        if (value.Type == FactType.Date)
        {
            return op switch
            {
                ComparisonOperator.Ge => ($"须不早于{zh}", $"must be on or after {en}"),
                ComparisonOperator.Gt => ($"须晚于{zh}", $"must be after {en}"),
                ComparisonOperator.Le => ($"须不晚于{zh}", $"must be on or before {en}"),
                ComparisonOperator.Lt => ($"须早于{zh}", $"must be before {en}"),
                ComparisonOperator.Eq => ($"须为{zh}", $"must be {en}"),
                _ => ($"不得为{zh}", $"must not be {en}"),
            };
        }

        if (value.IsNumber)
        {
            return op switch
            {
                ComparisonOperator.Ge => ($"须达到{zh}", $"must be at least {en}"),
                ComparisonOperator.Gt => ($"须超过{zh}", $"must be more than {en}"),
                ComparisonOperator.Le => ($"须不超过{zh}", $"must be at most {en}"),
                ComparisonOperator.Lt => ($"须低于{zh}", $"must be less than {en}"),
                ComparisonOperator.Eq => ($"须为{zh}", $"must be {en}"),
                _ => ($"不得为{zh}", $"must not be {en}"),
            };
        }

        return op == ComparisonOperator.Ne ? ($"不得为{zh}", $"must not be {en}") : ($"须为{zh}", $"must be {en}");
    }

    private static (string Zh, string En) In(FactDefinition? fact, IReadOnlyList<string> codes)
    {
        if (fact?.Type == FactType.Jurisdiction)
        {
            var places = codes.Select(c => JurisdictionCode.TryParse(c, out var j) ? Place(j) : (c, c)).ToList();
            var (pz, pe) = (string.Join("、", places.Select(p => p.Item1)), string.Join(", ", places.Select(p => p.Item2)));
            return places.Count == 1 ? ($"须在{pz}", $"must be in {pe}") : ($"须在{pz}之一", $"must be in one of {pe}");
        }

        var (zh, en) = Join(codes.Select(c => Code(fact, c)), "、", ", ");
        if (fact?.Type == FactType.CodeSet)
        {
            return codes.Count == 1 ? ($"须含{zh}", $"must include {en}") : ($"须含{zh}之一", $"must include one of {en}");
        }

        return codes.Count == 1 ? ($"须为{zh}", $"must be {en}") : ($"须为{zh}之一", $"must be one of {en}");
    }

    private static LocalizedText Tiers(TieredAward tiers, FactDefinition? fact)
    {
        var label = LabelOf(fact, tiers.FactId);
        var money = fact?.Type == FactType.Money;
        var bands = tiers.Bands.Select(b =>
        {
            var (fromZh, fromEn) = Number(fact, b.From, money);
            return (Zh: $"达到{fromZh}的，奖补{Amounts.Yuan(b.Amount, Language.Zh)}", En: $"from {fromEn}, {Amounts.Yuan(b.Amount, Language.En)}");
        }).ToList();
        return new(
            $"按{label.Zh}分档：" + string.Join("；", bands.Select(b => b.Zh)),
            $"by {Lower(label.In(Language.En))}: " + string.Join("; ", bands.Select(b => b.En)));
    }

    /// <summary>What an enterprise holds, by kind and day: 独角兽企业，2023年5月10日认定 / unicorn enterprise, recognised 10 May 2023.</summary>
    private static (string Zh, string En) Certifications(FactDefinition? fact, FactValue value)
    {
        if (value.RawCertifications.Length == 0)
        {
            return ("无", "none");
        }

        return (
            string.Join("；", value.RawCertifications.Select(c => $"{KindOf(fact, c.Kind).Zh}，{Held(c, Language.Zh)}")),
            string.Join("; ", value.RawCertifications.Select(c => $"{KindOf(fact, c.Kind).In(Language.En)}, {Held(c, Language.En)}")));
    }

    /// <summary>One recognition's days: 2023年5月10日认定，2026年5月9日到期 / recognised 10 May 2023, expiring 9 May 2026.</summary>
    private static string Held(Certification c, Language language) => language == Language.Zh
        ? $"{Dates.Day(c.RecognizedOn, language)}认定" + (c.ExpiresOn is { } e ? $"，{Dates.Day(e, language)}到期" : "")
        : $"recognised {Dates.Day(c.RecognizedOn, language)}" + (c.ExpiresOn is { } e2 ? $", expiring {Dates.Day(e2, language)}" : "");

    private static LocalizedText TaxOf(string tax) => Taxes.TryGetValue(tax, out var name) ? name : LocalizedText.Verbatim(tax);

    private static FactDefinition? Find(FactSchema schema, string factId) => schema.TryGet(factId, out var fact, out _) ? fact : null;

    private static LocalizedText LabelOf(FactSchema schema, string factId) => LabelOf(Find(schema, factId), factId);
}

/// <summary>The built-in labels of the standard certification kinds, for a <c>has</c> on a catalog's own certifications fact.</summary>
internal static class StandardCertifications
{
    private static readonly FactDefinition Standard = StandardFacts.Definitions.Single(f => f.Id == StandardFacts.Certifications.Id);

    public static LocalizedText? LabelOf(string kind) => Standard.LabelOf(kind);
}
