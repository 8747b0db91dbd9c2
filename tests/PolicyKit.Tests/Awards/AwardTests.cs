using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Awards;

public class AwardTests
{
    [Fact]
    public void Fixed_Eligible_GivesAmountAndSameUpTo()
    {
        var award = Eligible(AwardRule.Fixed(100_000m));

        award.Amount.Should().Be(100_000m);
        award.UpTo.Should().Be(100_000m);
        award.Capped.Should().BeFalse();
    }

    [Fact]
    public void UpTo_Eligible_GivesNoAmountAndTheCap()
    {
        var award = Eligible(AwardRule.UpTo(500_000m));

        award.Amount.Should().BeNull();
        award.UpTo.Should().Be(500_000m);
        award.Capped.Should().BeTrue();
        award.Text.Zh.Should().Be("最高50万元");
        award.Text.En.Should().Be("up to 500,000 yuan");
    }

    [Fact]
    public void Rate_BaseKnownAndNoCap_IsRateTimesBase()
    {
        var award = Eligible(AwardRule.Rate(0.05m, StandardFacts.ProjectInvestment.Id), b => b.Set(StandardFacts.ProjectInvestment, 2_000_000m));

        award.Amount.Should().Be(100_000m);
        award.Capped.Should().BeFalse();
    }

    [Fact]
    public void Rate_CapBinds_GivesCapAndSaysCapped()
    {
        var award = Eligible(AwardRule.Rate(0.05m, StandardFacts.ProjectInvestment.Id, 50_000m), b => b.Set(StandardFacts.ProjectInvestment, 2_000_000m));

        award.Amount.Should().Be(50_000m);
        award.UpTo.Should().Be(50_000m);
        award.Capped.Should().BeTrue();
    }

    [Fact]
    public void Rate_CapDoesNotBind_GivesRatedAmountUncapped()
    {
        var award = Eligible(AwardRule.Rate(0.05m, StandardFacts.ProjectInvestment.Id, 500_000m), b => b.Set(StandardFacts.ProjectInvestment, 2_000_000m));

        award.Amount.Should().Be(100_000m);
        award.Capped.Should().BeFalse();
    }

    [Fact]
    public void Rate_BaseUnknownWithCap_GivesUpToTheCap()
    {
        var award = Eligible(AwardRule.Rate(0.05m, StandardFacts.ProjectInvestment.Id, 500_000m));

        award.Amount.Should().BeNull();
        award.UpTo.Should().Be(500_000m);
    }

    [Fact]
    public void Rate_BaseUnknownWithoutCap_IsUnbounded()
    {
        var award = Eligible(AwardRule.Rate(0.05m, StandardFacts.ProjectInvestment.Id));

        award.Amount.Should().BeNull();
        award.UpTo.Should().BeNull();
        award.IsMonetary.Should().BeTrue();
    }

    [Theory]
    [InlineData(300_000, 300_000, false)]
    [InlineData(900_000, 500_000, true)]
    public void Capped_FixedInner_TakesTheSmaller(int inner, int expected, bool capped)
    {
        var award = Eligible(AwardRule.Capped(AwardRule.Fixed(inner), 500_000m));

        award.Amount.Should().Be(expected);
        award.Capped.Should().Be(capped);
    }

    [Theory]
    [InlineData(100_000_000, 0)]
    [InlineData(300_000_000, 100_000)]
    [InlineData(999_999_999, 100_000)]
    [InlineData(1_000_000_000, 500_000)]
    [InlineData(20_000_000_000, 2_000_000)]
    public void Tiers_KnownValue_PaysTheHighestBandReached(long output, int expected)
    {
        var award = Eligible(Tiers(), b => b.Set(StandardFacts.AnnualOutput, output));

        award.Amount.Should().Be(expected);
    }

    [Fact]
    public void Tiers_ValueUnknown_GivesUpToTheHighestBand()
    {
        var award = Eligible(Tiers());

        award.Amount.Should().BeNull();
        award.UpTo.Should().Be(2_000_000m);
    }

    [Fact]
    public void TaxReduction_WithoutBase_IsNonMonetary()
    {
        var award = Eligible(AwardRule.TaxReduction("resource-tax", 0.5m));

        award.IsMonetary.Should().BeFalse();
        award.Amount.Should().BeNull();
        award.Text.Zh.Should().Be("减税（资源税减征50%）");
        award.Text.En.Should().Be("tax reduction (resource tax cut by 50%)");
    }

    [Fact]
    public void TaxReduction_WithKnownBase_IsShareOfTax()
    {
        var award = Eligible(AwardRule.TaxReduction("resource-tax", 0.5m, StandardFacts.AnnualRevenue.Id), b => b.Set(StandardFacts.AnnualRevenue, 12_345.67m));

        award.Amount.Should().Be(6_172.84m); // 6172.835 rounds half away from zero
    }

    [Fact]
    public void None_IsNonMonetaryAndAddsNothingToTotals()
    {
        var report = TestCatalogs.Evaluate(TestCatalogs.Single(Predicate.Always, AwardRule.None), TestCatalogs.Profile().Build());

        report.Decisions.Single().Award!.IsMonetary.Should().BeFalse();
        report.Totals.Should().Be(new Totals(0m, 0m, true));
    }

    [Theory]
    [InlineData("0.01", "0.01")] // 0.005 -> 0.01, not banker's 0.00
    [InlineData("0.03", "0.02")] // 0.015 -> 0.02
    [InlineData("0.05", "0.03")] // 0.025 -> 0.03, not banker's 0.02
    [InlineData("100.005", "50.00")] // 50.0025 -> 50.00
    public void Rounding_HalfAwayFromZeroToTheFen_OnceAtTheEnd(string investment, string expected)
    {
        var award = Eligible(AwardRule.Rate(0.5m, StandardFacts.ProjectInvestment.Id), b => b.Set(StandardFacts.ProjectInvestment, decimal.Parse(investment, System.Globalization.CultureInfo.InvariantCulture)));

        award.Amount.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Award_Ineligible_IsNull()
    {
        var decision = TestCatalogs.Decide(Predicate.Never, TestCatalogs.Profile().Build(), AwardRule.Fixed(1m));

        decision.Award.Should().BeNull();
    }

    [Fact]
    public void Award_Undetermined_GivesUpToOnly()
    {
        var decision = TestCatalogs.Decide(StandardFacts.Employees.Ge(10), TestCatalogs.Profile().Build(), AwardRule.Fixed(80_000m));

        decision.Verdict.Should().Be(Verdict.Undetermined);
        decision.Award!.Amount.Should().BeNull();
        decision.Award.UpTo.Should().Be(80_000m);
    }

    private static TieredAward Tiers() => AwardRule.Tiers(
        StandardFacts.AnnualOutput.Id,
        new TierBand(300_000_000m, 100_000m),
        new TierBand(1_000_000_000m, 500_000m),
        new TierBand(10_000_000_000m, 2_000_000m));

    private static AwardOutcome Eligible(AwardRule rule, Action<EnterpriseProfileBuilder>? arrange = null)
    {
        var builder = TestCatalogs.Profile();
        arrange?.Invoke(builder);
        var decision = TestCatalogs.Decide(Predicate.Always, builder.Build(), rule);
        decision.Verdict.Should().Be(Verdict.Eligible);
        return decision.Award!;
    }
}
