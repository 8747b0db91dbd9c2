using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Evaluation;

public class EvaluatorStackingTests
{
    [Fact]
    public void ExclusiveGroup_SeveralEligible_CountsOnlyTheHighestAmount()
    {
        var catalog = TestCatalogs.With(
            TestCatalogs.Policy("low", Predicate.Always, AwardRule.Fixed(100_000m), stacking: Stacking.Exclusive("g")),
            TestCatalogs.Policy("high", Predicate.Always, AwardRule.Fixed(300_000m), stacking: Stacking.Exclusive("g")),
            TestCatalogs.Policy("mid", Predicate.Always, AwardRule.Fixed(200_000m), stacking: Stacking.Exclusive("g")));

        var report = TestCatalogs.Evaluate(catalog, TestCatalogs.Profile().Build());

        report.Totals.Amount.Should().Be(300_000m);
        report.Totals.UpTo.Should().Be(300_000m);
        report.Decisions.Where(d => d.Counted).Select(d => d.PolicyId).Should().Equal("high");
        report.Decisions.Should().OnlyContain(d => d.Verdict == Verdict.Eligible);
    }

    [Fact]
    public void ExclusiveGroup_UpToCountsHighestPossibleMember_DecidedOrNot()
    {
        var catalog = TestCatalogs.With(
            TestCatalogs.Policy("eligible", Predicate.Always, AwardRule.Fixed(100_000m), stacking: Stacking.Exclusive("g")),
            TestCatalogs.Policy("maybe", StandardFacts.Employees.Ge(50), AwardRule.UpTo(400_000m), stacking: Stacking.Exclusive("g")),
            TestCatalogs.Policy("no", Predicate.Never, AwardRule.Fixed(900_000m), stacking: Stacking.Exclusive("g")));

        var totals = TestCatalogs.Evaluate(catalog, TestCatalogs.Profile().Build()).Totals;

        totals.Amount.Should().Be(100_000m);
        totals.UpTo.Should().Be(400_000m);
    }

    [Fact]
    public void StacksOn_BothEligible_CountsBoth()
    {
        var catalog = TestCatalogs.With(
            TestCatalogs.Policy("city", Predicate.Always, AwardRule.Fixed(1_000_000m)),
            TestCatalogs.Policy("district", Predicate.Always, AwardRule.UpTo(500_000m), stacking: Stacking.OnTopOf("city")));

        var totals = TestCatalogs.Evaluate(catalog, TestCatalogs.Profile().Build()).Totals;

        totals.Amount.Should().Be(1_000_000m);
        totals.UpTo.Should().Be(1_500_000m);
    }

    [Fact]
    public void Totals_MixOfVerdicts_AmountFromEligibleAndUpToAddsUndetermined()
    {
        var catalog = TestCatalogs.With(
            TestCatalogs.Policy("yes", Predicate.Always, AwardRule.Fixed(10_000m)),
            TestCatalogs.Policy("cap", Predicate.Always, AwardRule.UpTo(20_000m)),
            TestCatalogs.Policy("maybe", StandardFacts.Employees.Ge(5), AwardRule.Fixed(40_000m)),
            TestCatalogs.Policy("no", Predicate.Never, AwardRule.Fixed(80_000m)));

        var totals = TestCatalogs.Evaluate(catalog, TestCatalogs.Profile().Build()).Totals;

        totals.Should().Be(new Totals(10_000m, 70_000m, true));
    }

    [Fact]
    public void Totals_UnboundedAward_SaysUpToIsNotBounded()
    {
        var catalog = TestCatalogs.With(
            TestCatalogs.Policy("rate", Predicate.Always, AwardRule.Rate(0.1m, StandardFacts.ProjectInvestment.Id)),
            TestCatalogs.Policy("fixed", Predicate.Always, AwardRule.Fixed(5m)));

        var totals = TestCatalogs.Evaluate(catalog, TestCatalogs.Profile().Build()).Totals;

        totals.Should().Be(new Totals(5m, 5m, false));
    }
}
