using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Classifications;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Modifiers;
using PolicyKit.Predicates;

namespace PolicyKit.Testing.Synthetic;

/// <summary>
/// The catalogs of <see cref="SyntheticOptions.Coverage"/>: every predicate, award, modifier and
/// stacking form, with boundary amounts (0, one fen, odd fen, very large) and validities that
/// start or end on a list's first or last day. Kept apart from <see cref="PolicyGenerator"/> so
/// that the benchmarks' default catalogs stay byte-identical.
/// </summary>
internal static class CoverageCatalog
{
    /// <summary>A synthetic open code fact read by a district payout modifier.</summary>
    internal static readonly FactKey<string> Tier = FactKey.Code("synthetic.tier");

    internal static readonly string[] Tiers = ["gold", "silver", "bronze"];

    internal static readonly decimal[] BoundaryAmounts = [0m, 0.01m, 0.99m, 1m, 1234.56m, 99_999.99m, 100_000m, 5_000_000m, 1_000_000_000_000m];

    public static PolicyCatalog Generate(int seed, int policies, SyntheticOptions options)
    {
        var random = new Random(seed);
        var year = SyntheticCatalog.Year;
        var district = new PolicyList
        {
            Id = "synthetic-district-2023",
            Title = new("合成区级清单（测试用）", "Synthetic district list (for tests)"),
            Jurisdiction = KnownJurisdictions.Laoshan.Code,
            Validity = year,
        };
        var jimo = new PolicyList
        {
            Id = "synthetic-jimo-2023",
            Title = new("合成即墨清单（测试用）", "Synthetic Jimo list (for tests)"),
            Jurisdiction = KnownJurisdictions.Jimo.Code,
            Validity = year,
        };

        // A city list open at its end, so validities with one open side are covered too.
        var city = new PolicyList
        {
            Id = "synthetic-city",
            Title = new("合成市级清单（测试用）", "Synthetic city list (for tests)"),
            Jurisdiction = KnownJurisdictions.Qingdao.Code,
            Validity = new Validity(new LocalDate(2023, 3, 1), null),
        };
        var lists = new[] { district, jimo, city };
        var builder = PolicyCatalog.CreateBuilder($"synthetic-coverage-{seed}-{policies}", "0.0.0-synthetic")
            .AddFact(new FactDefinition(SyntheticCatalog.FoundedOn.Id, FactType.Date, new("成立日期（合成）", "Founded on (synthetic)")))
            .AddFact(new FactDefinition(Tier.Id, FactType.Code, new("等级（合成）", "Tier (synthetic)"), codes: Tiers))
            .AddList(district)
            .AddList(jimo)
            .AddList(city)

            // Jimo scales both funding kinds, each by its own fact; the district stacks two
            // modifiers on one kind, so "applied once each" is tested where it can go wrong.
            .AddModifier(new PayoutModifier("synthetic-mu-yield", jimo.Jurisdiction, FundingKind.NonInvestment, StandardFacts.MuYieldGrade.Id,
                new Dictionary<string, decimal> { ["A"] = 1m, ["B"] = 1m, ["C"] = 0.8m, ["D"] = 0m }))
            .AddModifier(new PayoutModifier("synthetic-scale", jimo.Jurisdiction, FundingKind.Investment, StandardFacts.Scale.Id,
                new Dictionary<string, decimal> { ["above-designated"] = 1m, ["below-designated"] = 0.5m }))
            // Bronze is left out, so paid in full, and every listed ratio is below 1: an unknown tier
            // must then count 100% in the up-to, not the highest listed 90% (specification §3.16.3).
            .AddModifier(new PayoutModifier("synthetic-tier", district.Jurisdiction, FundingKind.NonInvestment, Tier.Id,
                new Dictionary<string, decimal> { ["gold"] = 0.9m, ["silver"] = 0.75m }))
            .AddModifier(new PayoutModifier("synthetic-vat", district.Jurisdiction, FundingKind.NonInvestment, StandardFacts.VatTaxpayer.Id,
                new Dictionary<string, decimal> { ["small-scale"] = 0.9m, ["general"] = 1m }))
            .AddClassification(new Classification("synthetic-doubling", new("倍增分档（合成）", "Doubling tiers (synthetic)"), StandardFacts.AnnualOutput.Id,
            [
                new ClassificationTier("leading", new("龙头", "Leading"), 10_000_000_000m, false),
                new ClassificationTier("backbone", new("骨干", "Backbone"), 1_000_000_000m, true),
                new ClassificationTier("high-growth", new("高成长", "High-growth"), 300_000_000m, false),
            ]));

        var generator = new CoveragePolicyGenerator(random, options);
        for (var i = 0; i < policies; i++)
        {
            builder.AddPolicy(generator.Next(i, lists[random.Next(lists.Length)]));
        }

        return builder.Build();
    }
}

/// <summary>Makes one coverage item at a time; the <c>i</c>-th item cycles through the award forms so small catalogs still hold each.</summary>
internal sealed class CoveragePolicyGenerator(Random random, SyntheticOptions options)
{
    private const int AwardForms = 16;

    private readonly List<string> _made = [];

    public Policy Next(int index, PolicyList list)
    {
        var group = random.NextDouble() < 0.3 ? random.Next(4) : -1;
        var funding = group >= 0
            ? (group % 2 == 1 ? FundingKind.Investment : FundingKind.NonInvestment)
            : (random.NextDouble() < 0.3 ? FundingKind.Investment : FundingKind.NonInvestment);
        string? stacksOn = group < 0 && _made.Count > 0 && random.NextDouble() < 0.2 ? _made[random.Next(_made.Count)] : null;
        var id = $"synthetic-{index:D5}";
        _made.Add(id);
        return new Policy
        {
            Id = id,
            List = list.Id,
            Title = new($"合成政策 {index}", $"Synthetic policy {index}"),
            Eligibility = random.NextDouble() < 0.03 ? Predicate.Always : new AllPredicate([.. Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Node(1))]),
            Award = Award(index % AwardForms, 0),
            FundingKind = funding,
            Stacking = new Stacking(stacksOn, group >= 0 ? $"synthetic-group-{group}" : null),
            Validity = ValidityWithin(list.Validity),
            Note = new("合成数据，非真实政策", "Synthetic data, not real policy"),
        };
    }

    /// <summary>No own validity, or one that starts and ends on the list's own first or last day, or a single day.</summary>
    private Validity? ValidityWithin(Validity list)
    {
        var start = list.Start ?? new LocalDate(2023, 1, 1);
        var end = list.End ?? new LocalDate(2024, 6, 30);
        return random.Next(5) switch
        {
            0 => Validity.Between(start, start.PlusDays(random.Next(60))),
            1 => Validity.Between(end.PlusDays(-random.Next(60)), end),
            2 => Ordered(start.PlusDays(random.Next(90)), start.PlusDays(random.Next(90))),
            _ => null,
        };
    }

    private static Validity Ordered(LocalDate a, LocalDate b) => a <= b ? Validity.Between(a, b) : Validity.Between(b, a);

    private Predicate Node(int depth)
    {
        var roll = random.NextDouble();
        if (depth < options.MaxDepth && roll < 0.2)
        {
            var operands = ImmutableArray.CreateRange(Enumerable.Range(0, random.Next(4)).Select(_ => Node(depth + 1)));
            return random.NextDouble() < 0.5 ? new AnyPredicate(operands) : new AllPredicate(operands);
        }

        if (depth < options.MaxDepth && roll < 0.3)
        {
            return Predicate.Not(Node(depth + 1));
        }

        if (options.Constants && roll < 0.34)
        {
            return random.NextDouble() < 0.5 ? Predicate.Always : Predicate.Never;
        }

        return Leaf();
    }

    private Predicate Leaf()
    {
        var op = Pick(Enum.GetValues<ComparisonOperator>());
        var eqNe = random.NextDouble() < 0.5 ? ComparisonOperator.Eq : ComparisonOperator.Ne;
        switch (random.Next(17))
        {
            case 0:
                return StandardFacts.District.Within(Pick(SyntheticCatalog.Divisions));
            case 1:
                return StandardFacts.ProjectDistrict.Within(Pick(SyntheticCatalog.Divisions));
            case 2:
                return Predicate.Compare(StandardFacts.ProjectDistrict.Id, eqNe, FactValue.Jurisdiction(Pick(SyntheticCatalog.Divisions)));
            case 3:
                return Predicate.Compare(StandardFacts.Scale.Id, eqNe, FactValue.Code(random.NextDouble() < 0.5 ? "above-designated" : "below-designated"));
            case 4:
                return StandardFacts.Industries.In([.. Enumerable.Range(0, random.Next(3)).Select(_ => Pick(SyntheticCatalog.Industries)).Distinct()]);
            case 5:
                return StandardFacts.MuYieldGrade.In([.. Grades.Where(_ => random.NextDouble() < 0.5)]);
            case 6:
                return Predicate.Compare(StandardFacts.AnnualOutput.Id, op, FactValue.Money(Pick(SyntheticCatalog.Outputs)));
            case 7:
                return Predicate.Compare(StandardFacts.Employees.Id, op, FactValue.Integer(Pick([0L, 1L, .. SyntheticCatalog.Headcounts])));
            case 8:
                return Predicate.Compare(StandardFacts.ProjectSiteArea.Id, op, FactValue.Decimal(Pick([0m, 12.5m, 50m, 0.01m])));
            case 9:
                return Predicate.Compare(StandardFacts.ProjectInvestment.Id, op, FactValue.Money(Pick(CoverageCatalog.BoundaryAmounts)));
            case 10:
                return Predicate.Compare(SyntheticCatalog.FoundedOn.Id, op, FactValue.Date(Pick(Dates)));
            case 11:
                return Predicate.Compare(random.NextDouble() < 0.5 ? StandardFacts.SmallLowProfit.Id : StandardFacts.IndividualBusiness.Id, eqNe, FactValue.Bool(random.NextDouble() < 0.5));
            case 12:
                return Predicate.Compare(StandardFacts.Name.Id, eqNe, FactValue.Text(Pick(Names)));
            case 13:
                return Predicate.Compare(CoverageCatalog.Tier.Id, eqNe, FactValue.Code(Pick(CoverageCatalog.Tiers)));
            case 14:
                return StandardFacts.VatTaxpayer.In(random.NextDouble() < 0.5 ? ["small-scale"] : ["small-scale", "general"]);
            case 15:
                // in over a jurisdiction fact: each division matched with within (possibly an empty set).
                return Predicate.In(
                    random.NextDouble() < 0.5 ? StandardFacts.District.Id : StandardFacts.ProjectDistrict.Id,
                    [.. Enumerable.Range(0, random.Next(3)).Select(_ => Pick(SyntheticCatalog.Divisions).Value).Distinct()]);
            default:
                return random.NextDouble() < 0.4
                    ? Predicate.Has(Pick(SyntheticCatalog.CertificationKinds))
                    : Predicate.Has(Pick(SyntheticCatalog.CertificationKinds), new DateInterval(Pick(Dates), new LocalDate(2023, 12, 31)));
        }
    }

    /// <summary>Dates the facts and certifications are compared with; profiles aim at them and their neighbours.</summary>
    internal static readonly LocalDate[] Dates = [new(2015, 1, 1), new(2020, 2, 29), new(2022, 1, 1), new(2023, 1, 1), new(2023, 12, 31)];

    private static readonly string[] Grades = ["A", "B", "C", "D"];

    internal static readonly string[] Names = ["合成企业甲", "Synthetic Firm B", "İstanbul Iıİi", ""];

    private AwardRule Award(int form, int depth) => form switch
    {
        0 => AwardRule.None,
        1 => AwardRule.Fixed(Amount()),
        2 => AwardRule.UpTo(Amount()),
        3 => AwardRule.Rate(Rate(), Pick(RateBases)),
        4 => AwardRule.Rate(Rate(), Pick(RateBases), Amount()),
        5 => AwardRule.Capped(depth < 2 ? Award(random.Next(AwardForms), depth + 1) : AwardRule.Fixed(Amount()), Amount()),
        6 => AwardRule.Tiers(Pick(RateBases), Bands()),
        7 => AwardRule.TaxReduction("resource-tax", Rate(), StandardFacts.AnnualRevenue.Id),
        8 => AwardRule.TaxReduction("vat", Rate()),
        9 => AwardRule.Capped(AwardRule.UpTo(Amount()), Amount()),
        10 => AwardRule.Capped(AwardRule.Rate(Rate(), Pick(RateBases)), Amount()),
        11 => AwardRule.Unstated,
        12 => AwardRule.PerUnit(Amount(), Pick(Quantities), Amount()),
        13 => AwardRule.PerUnit(Amount(), Pick(Quantities)),
        14 => AwardRule.Candidacy,
        _ => AwardRule.Fixed(Pick(CoverageCatalog.BoundaryAmounts)),
    };

    internal static readonly string[] RateBases = [StandardFacts.ProjectInvestment.Id, StandardFacts.AnnualRevenue.Id, StandardFacts.AnnualOutput.Id, StandardFacts.Employees.Id, StandardFacts.ProjectSiteArea.Id];

    /// <summary>The quantity facts an amount per unit reads: an integer and a decimal fact.</summary>
    internal static readonly string[] Quantities = [StandardFacts.Employees.Id, StandardFacts.ProjectSiteArea.Id];

    private TierBand[] Bands()
    {
        var from = random.NextDouble() < 0.3 ? 0m : Pick(SyntheticCatalog.Outputs) / 1000m;
        var bands = new TierBand[1 + random.Next(3)];
        for (var i = 0; i < bands.Length; i++)
        {
            bands[i] = new TierBand(from, Amount());
            from = from * 10m + 1m;
        }

        return bands;
    }

    private decimal Rate() => Pick([0m, 0.005m, 0.05m, 0.3m, 0.333m, 1m]);

    private decimal Amount() => random.Next(4) switch
    {
        0 => Pick(CoverageCatalog.BoundaryAmounts),
        1 when options.OddAmounts => random.Next(1, 100_000_000) / 100m,
        _ => Pick(SyntheticCatalog.Amounts),
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
