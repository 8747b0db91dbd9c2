using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;

namespace PolicyKit.Reliability.Tests.Regressions;

/// <summary>
/// Found while hunting large amounts: totals of awards near decimal's range threw
/// <see cref="OverflowException"/> from Evaluate and MatchTotals, though data must never make
/// evaluation throw (specification §8). Sums now saturate.
/// </summary>
public class LargeAmountTests
{
    private static readonly LocalDate AsOf = new(2023, 6, 1);

    private static readonly PolicyCatalog Catalog = Build();

    private static readonly EnterpriseProfile Profile = EnterpriseProfile.CreateBuilder(Catalog.Schema).Set(StandardFacts.AnnualRevenue, decimal.MaxValue).Build();

    public static TheoryData<string> Evaluators => ["compiled", "interpreter"];

    [Theory]
    [MemberData(nameof(Evaluators))]
    public void Evaluate_AwardsSummingBeyondDecimal_HoldsTotalsAtMaxValue(string which)
    {
        IPolicyEvaluator evaluator = which == "compiled" ? new CompiledEvaluator(Catalog) : new PolicyEvaluator(Catalog);

        var report = evaluator.Evaluate(Profile, AsOf);

        report.Decisions.Should().OnlyContain(d => d.Verdict == Verdict.Eligible && d.Counted);
        report.Totals.Amount.Should().Be(decimal.MaxValue);
        report.Totals.UpTo.Should().Be(decimal.MaxValue);
    }

    [Fact]
    public void MatchTotals_AwardsSummingBeyondDecimal_EqualsTheFullReport()
    {
        var evaluator = new CompiledEvaluator(Catalog);
        var n = evaluator.PolicyIds.Length;

        var totals = evaluator.MatchTotals(Profile, AsOf, new VerdictCode[n], new decimal?[n], new decimal?[n]);

        totals.Should().Be(evaluator.Evaluate(Profile, AsOf).Totals);
    }

    private static PolicyCatalog Build()
    {
        var builder = PolicyCatalog.CreateBuilder("synthetic-large", "1").AddList(new PolicyList
        {
            Id = "synthetic-list",
            Title = new("合成清单", "Synthetic list"),
            Jurisdiction = KnownJurisdictions.Laoshan.Code,
        });
        for (var i = 0; i < 6; i++)
        {
            builder.AddPolicy(new Policy
            {
                Id = $"synthetic-{i}",
                List = "synthetic-list",
                Title = new("合成政策", "Synthetic policy"),
                Eligibility = Predicate.Always,
                Award = i % 2 == 0 ? AwardRule.Fixed(30_000_000_000_000_000_000_000_000_000m) : AwardRule.Rate(1m, StandardFacts.AnnualRevenue.Id),
                Stacking = i == 5 ? Stacking.Exclusive("synthetic-group") : Stacking.Standalone,
            });
        }

        return builder.Build();
    }
}
