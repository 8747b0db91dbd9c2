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
/// Generates SYNTHETIC catalogs of a realistic shape for tests and benchmarks: seeded and
/// deterministic, ids prefixed <c>synthetic-</c>. Never real policy.
/// </summary>
/// <remarks>
/// A district list (Laoshan's code) and a Jimo list with a payout modifier, items whose
/// eligibility mixes every predicate form over the standard facts, and awards of every form,
/// with exclusive groups and stacking. The same seed gives the same catalog on every machine.
/// </remarks>
public static class SyntheticCatalog
{
    /// <summary>The list validity every synthetic list has: the year 2023.</summary>
    public static Validity Year { get; } = Validity.Between(new(2023, 1, 1), new(2023, 12, 31));

    /// <summary>A synthetic fact the catalog declares, to exercise date comparisons.</summary>
    public static FactKey<LocalDate> FoundedOn { get; } = FactKey.Date("synthetic.foundedOn");

    internal static readonly JurisdictionCode[] Divisions =
        [.. new[] { "370000", "370200", "370212", "370213", "370215" }.Select(JurisdictionCode.Parse)];

    internal static readonly string[] Industries = [.. StandardFacts.Definitions.Single(f => f.Id == StandardFacts.Industries.Id).Codes];

    internal static readonly string[] CertificationKinds = ["high-tech", "unicorn", "gazelle", "specialized-sme", "little-giant", "provincial-eco-tech-transfer-base"];

    internal static readonly decimal[] Outputs = [10_000_000m, 300_000_000m, 1_000_000_000m, 10_000_000_000m];

    internal static readonly long[] Headcounts = [10, 50, 100, 300];

    internal static readonly decimal[] Amounts = [50_000m, 100_000m, 200_000m, 500_000m, 1_000_000m, 3_000_000m, 10_000_000m];

    /// <summary>Generates a catalog of <paramref name="policies"/> synthetic items from <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed; equal seeds give equal catalogs.</param>
    /// <param name="policies">How many items (145, the size of Laoshan's 2023 list, by default).</param>
    /// <param name="options">What to include; defaults to a realistic mix.</param>
    public static PolicyCatalog Generate(int seed, int policies = 145, SyntheticOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(policies);
        options ??= new SyntheticOptions();
        if (options.Coverage)
        {
            return CoverageCatalog.Generate(seed, policies, options);
        }

        var random = new Random(seed);
        var district = new PolicyList
        {
            Id = "synthetic-district-2023",
            Title = new("合成区级清单（测试用）", "Synthetic district list (for tests)"),
            Jurisdiction = KnownJurisdictions.Laoshan.Code,
            Validity = Year,
            Sections =
            [
                new PolicySection { Id = "new", Kind = SectionKind.New, DeclaredItems = policies, DeclaredThemes = 2, Themes = [new("cost", new("降成本", "Cut costs")), new("supply", new("优供给", "Improve supply"))] },
            ],
        };
        var jimo = new PolicyList
        {
            Id = "synthetic-jimo-2023",
            Title = new("合成即墨清单（测试用）", "Synthetic Jimo list (for tests)"),
            Jurisdiction = KnownJurisdictions.Jimo.Code,
            Validity = Year,
        };
        var builder = PolicyCatalog.CreateBuilder($"synthetic-{seed}-{policies}", "0.0.0-synthetic")
            .AddFact(new FactDefinition(FoundedOn.Id, FactType.Date, new("成立日期（合成）", "Founded on (synthetic)")))
            .AddList(district)
            .AddList(jimo)
            .AddModifier(new PayoutModifier("synthetic-mu-yield", jimo.Jurisdiction, FundingKind.NonInvestment, StandardFacts.MuYieldGrade.Id,
                new Dictionary<string, decimal> { ["A"] = 1m, ["B"] = 1m, ["C"] = 0.8m, ["D"] = 0m }))
            .AddClassification(new Classification("synthetic-doubling", new("倍增分档（合成）", "Doubling tiers (synthetic)"), StandardFacts.AnnualOutput.Id,
            [
                new ClassificationTier("leading", new("龙头", "Leading"), 10_000_000_000m, false),
                new ClassificationTier("backbone", new("骨干", "Backbone"), 1_000_000_000m, false),
                new ClassificationTier("high-growth", new("高成长", "High-growth"), 300_000_000m, false),
            ]));

        var generator = new PolicyGenerator(random, options);
        for (var i = 0; i < policies; i++)
        {
            builder.AddPolicy(generator.Next(i, random.NextDouble() < 0.2 ? jimo.Id : district.Id));
        }

        return builder.Build();
    }

    /// <summary>
    /// The first and last day in force of every list and policy of <paramref name="catalog"/>, with
    /// the day before and the day after each: the as-of dates where validity can go wrong.
    /// </summary>
    public static IReadOnlyList<LocalDate> BoundaryDates(PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var validities = catalog.Lists.Select(l => l.Validity).Concat(catalog.Policies.Select(catalog.ValidityOf));
        var days = new SortedSet<LocalDate>();
        foreach (var validity in validities)
        {
            foreach (var day in new[] { validity.Start, validity.End }.OfType<LocalDate>())
            {
                days.Add(day.PlusDays(-1));
                days.Add(day);
                days.Add(day.PlusDays(1));
            }
        }

        return [.. days];
    }
}

/// <summary>What a synthetic catalog includes.</summary>
public sealed record SyntheticOptions
{
    /// <summary>Whether predicates may contain <c>always</c>/<c>never</c> inside composites (off by default: the validator warns on them).</summary>
    public bool Constants { get; init; }

    /// <summary>Whether amounts may be odd values in fen (1234.56) rather than round sums.</summary>
    public bool OddAmounts { get; init; }

    /// <summary>
    /// Whether to cover every form rather than a realistic mix (off by default, so the
    /// benchmarks' catalogs never change): every predicate, award, modifier and stacking form,
    /// two modifiers on one funding kind, empty <c>all</c>/<c>any</c>, boundary amounts (0, one
    /// fen, very large), validities on a list's first or last day and single days, and a list
    /// open at its end. Use <see cref="SyntheticProfiles.Edges"/> for profiles that aim at these
    /// boundaries and <see cref="SyntheticCatalog.BoundaryDates"/> for as-of dates.
    /// </summary>
    public bool Coverage { get; init; }

    /// <summary>
    /// Whether items may use the forms added after the benchmarks' catalogs were fixed: awards
    /// whose amount is not stated, per-unit awards, and <c>in</c> over jurisdictions. Off by
    /// default, so a seed gives the catalog it always gave and the benchmarks (and their
    /// hand-written baseline) keep measuring the same items; the law suites turn it on.
    /// </summary>
    public bool LaterForms { get; init; }

    /// <summary>The largest depth of nested <c>all</c>/<c>any</c>/<c>not</c>.</summary>
    public int MaxDepth { get; init; } = 2;
}

/// <summary>Makes one synthetic item at a time.</summary>
internal sealed class PolicyGenerator(Random random, SyntheticOptions options)
{
    private readonly List<(string Id, FundingKind Kind)> _made = [];

    public Policy Next(int index, string list)
    {
        var group = random.NextDouble() < 0.15 ? random.Next(6) : -1;
        var funding = group >= 0
            ? (group % 3 == 2 ? FundingKind.Investment : FundingKind.NonInvestment)
            : (random.NextDouble() < 0.2 ? FundingKind.Investment : FundingKind.NonInvestment);
        string? stacksOn = group < 0 && _made.Count > 0 && random.NextDouble() < 0.1 ? _made[random.Next(_made.Count)].Id : null;
        var id = $"synthetic-{index:D5}";
        _made.Add((id, funding));
        Validity? validity = random.NextDouble() < 0.15
            ? Validity.Between(new LocalDate(2023, 1, 1).PlusDays(random.Next(150)), new LocalDate(2023, 12, 31).PlusDays(-random.Next(150)))
            : null;
        return new Policy
        {
            Id = id,
            List = list,
            Section = list == "synthetic-district-2023" ? "new" : null,
            Title = new($"合成政策 {index}", $"Synthetic policy {index}"),
            Eligibility = Root(),
            Award = Award(),
            FundingKind = funding,
            Stacking = new Stacking(stacksOn, group >= 0 ? $"synthetic-group-{group}" : null),
            Validity = validity,
            Note = new("合成数据，非真实政策", "Synthetic data, not real policy"),
        };
    }

    private AllPredicate Root()
    {
        var count = 2 + random.Next(3);
        var children = new List<Predicate>(count);
        for (var i = 0; i < count; i++)
        {
            children.Add(Node(1));
        }

        return new AllPredicate([.. children]);
    }

    private Predicate Node(int depth)
    {
        var roll = random.NextDouble();
        if (depth < options.MaxDepth && roll < 0.25)
        {
            var operands = ImmutableArray.Create(Node(depth + 1), Node(depth + 1));
            return random.NextDouble() < 0.5 ? new AnyPredicate(operands) : new AllPredicate(operands);
        }

        if (depth < options.MaxDepth && roll < 0.32)
        {
            return Predicate.Not(Leaf());
        }

        if (options.Constants && roll < 0.36)
        {
            return random.NextDouble() < 0.5 ? Predicate.Always : Predicate.Never;
        }

        return Leaf();
    }

    private Predicate Leaf()
    {
        switch (random.Next(13))
        {
            case 0:
                return options.LaterForms && random.NextDouble() < 0.3
                    ? Predicate.In(StandardFacts.District.Id, [.. Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Pick(SyntheticCatalog.Divisions).Value).Distinct()])
                    : StandardFacts.District.Within(Pick(SyntheticCatalog.Divisions));
            case 1:
                return StandardFacts.Scale.Eq(random.NextDouble() < 0.7 ? "above-designated" : "below-designated");
            case 2:
                return StandardFacts.Industries.In([.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(SyntheticCatalog.Industries)).Distinct()]);
            case 3:
                return Predicate.Compare(StandardFacts.AnnualOutput.Id, Order(), FactValue.Money(Pick(SyntheticCatalog.Outputs)));
            case 4:
                return Predicate.Compare(StandardFacts.Employees.Id, Order(), FactValue.Integer(Pick(SyntheticCatalog.Headcounts)));
            case 5:
                return StandardFacts.MuYieldGrade.In(random.NextDouble() < 0.5 ? ["A", "B"] : ["A", "B", "C"]);
            case 6:
                return random.NextDouble() < 0.5
                    ? Predicate.Has(Pick(SyntheticCatalog.CertificationKinds))
                    : Predicate.Has(Pick(SyntheticCatalog.CertificationKinds), new DateInterval(new(2022, 1, 1), new(2023, 12, 31)));
            case 7:
                return StandardFacts.VatTaxpayer.Eq("small-scale");
            case 8:
                return random.NextDouble() < 0.5 ? StandardFacts.SmallLowProfit.Eq(true) : StandardFacts.IndividualBusiness.Ne(true);
            case 9:
                return Predicate.Compare(StandardFacts.ProjectSiteArea.Id, Order(), FactValue.Decimal(random.NextDouble() < 0.5 ? 50m : 12.5m));
            case 10:
                return Predicate.Compare(StandardFacts.ProjectInvestment.Id, Order(), FactValue.Money(Pick(SyntheticCatalog.Amounts) * 10m));
            case 11:
                return Predicate.Compare(SyntheticCatalog.FoundedOn.Id, Order(), FactValue.Date(new LocalDate(2015, 1, 1).PlusDays(random.Next(3000))));
            default:
                return StandardFacts.ProjectDistrict.Eq(Pick(SyntheticCatalog.Divisions));
        }
    }

    private ComparisonOperator Order() =>
        Pick([ComparisonOperator.Ge, ComparisonOperator.Gt, ComparisonOperator.Le, ComparisonOperator.Lt, ComparisonOperator.Eq, ComparisonOperator.Ne]);

    private AwardRule Award()
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.35 => AwardRule.UpTo(Amount()),
            < 0.55 => AwardRule.Fixed(Amount()),
            < 0.65 => AwardRule.Rate(Pick([0.01m, 0.05m, 0.1m, 0.3m]), StandardFacts.ProjectInvestment.Id, Amount()),
            < 0.68 => AwardRule.Rate(Pick([0.01m, 0.05m, 0.1m]), StandardFacts.AnnualRevenue.Id),
            < 0.73 => AwardRule.Capped(AwardRule.Fixed(Amount()), Amount()),
            < 0.83 => AwardRule.Tiers(StandardFacts.AnnualOutput.Id, new TierBand(300_000_000m, Fen(Amount() / 10m)), new TierBand(1_000_000_000m, Fen(Amount() / 2m)), new TierBand(10_000_000_000m, Amount())),
            < 0.88 => AwardRule.TaxReduction("resource-tax", 0.5m, random.NextDouble() < 0.5 ? StandardFacts.AnnualRevenue.Id : null),
            < 0.91 when options.LaterForms => AwardRule.Unstated,
            < 0.95 when options.LaterForms => random.NextDouble() < 0.5
                ? AwardRule.PerUnit(Pick([5_000m, 20_000m]), StandardFacts.Employees.Id, random.NextDouble() < 0.7 ? Amount() : null)
                : AwardRule.PerUnit(Pick([100m, 2_500.5m]), StandardFacts.ProjectSiteArea.Id, random.NextDouble() < 0.7 ? Amount() : null),
            _ => AwardRule.None,
        };
    }

    /// <summary>Whole fen: odd amounts divided for lower bands must stay valid money (PK4011).</summary>
    private static decimal Fen(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);

    private decimal Amount() => options.OddAmounts && random.NextDouble() < 0.5
        ? random.Next(1, 100_000_000) / 100m
        : Pick(SyntheticCatalog.Amounts);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
