using System.Collections.Immutable;
using System.Globalization;
using PolicyKit.Awards;
using PolicyKit.Semantics;

namespace PolicyKit.Tests.Semantics;

public class AwardFiguresTests
{
    [Fact]
    public void Rate_KnownBaseBelowCap_PaysRateTimesBase()
    {
        AwardFigures.Rate(0.05m, 1_000_000m, 100_000m).Should().Be(new RawAward(50_000m, 50_000m, false, true));
    }

    [Fact]
    public void Rate_KnownBaseAboveCap_PaysTheCapMarkedCapped()
    {
        AwardFigures.Rate(0.05m, 10_000_000m, 100_000m).Should().Be(new RawAward(100_000m, 100_000m, true, true));
    }

    [Fact]
    public void Rate_UnknownBase_NoAmountAndTheCapOrNoCeiling()
    {
        AwardFigures.Rate(0.05m, null, 100_000m).Should().Be(new RawAward(null, 100_000m, true, true));
        AwardFigures.Rate(0.05m, null, null).Should().Be(new RawAward(null, null, false, true));
    }

    [Fact]
    public void Cap_AwardWithoutAmount_IsTheLowerOfItsUpToAndTheCap()
    {
        AwardFigures.Cap(AwardFigures.UpTo(80m), 100m).Should().Be(AwardFigures.UpTo(80m));
        AwardFigures.Cap(AwardFigures.UpTo(120m), 100m).Should().Be(AwardFigures.UpTo(100m));
        AwardFigures.Cap(RawAward.NonMonetary, 100m).Should().Be(AwardFigures.UpTo(100m));
    }

    [Fact]
    public void Binds_AmountEqualToCap_DoesNot()
    {
        AwardFigures.Binds(100m, 100m).Should().BeFalse();
        AwardFigures.Binds(10_001L, 10_000L).Should().BeTrue();
    }

    [Fact]
    public void Build_EachRuleForm_StandsForItsFigures()
    {
        var forms = new Described();

        AwardForms.Build<string, Described>(AwardRule.None, forms).Should().Be("constant(, , False, False)");
        AwardForms.Build<string, Described>(AwardRule.TaxReduction("resource-tax", 0.5m), forms).Should().Be("constant(, , False, False)");
        AwardForms.Build<string, Described>(AwardRule.TaxReduction("resource-tax", 0.5m, "tax.due"), forms).Should().Be("rate(0.5, tax.due, )");
        AwardForms.Build<string, Described>(AwardRule.Fixed(5m), forms).Should().Be("constant(5, 5, False, True)");
        AwardForms.Build<string, Described>(AwardRule.Capped(AwardRule.Rate(0.1m, "x", 9m), 7m), forms).Should().Be("capped(rate(0.1, x, 9), 7)");
        AwardForms.Build<string, Described>(AwardRule.Tiers("x", new TierBand(1m, 2m)), forms).Should().Be("tiers(x, 1)");
        AwardForms.Build<string, Described>(AwardRule.Unstated, forms).Should().Be("constant(, , False, True)");
        AwardForms.Build<string, Described>(AwardRule.PerUnit(5000m, "employees.added", 500_000m), forms).Should().Be("perUnit(5000, employees.added, 500000)");
    }

    [Fact]
    public void Unstated_IsMoneyWithoutAmountOrCeiling_AndSaysSo()
    {
        AwardFigures.Unstated.Should().Be(new RawAward(null, null, false, true, true));
        AwardFigures.Unstated.Unstated.Should().BeTrue();
        RawAward.NonMonetary.Unstated.Should().BeFalse();
    }

    [Fact]
    public void Cap_OverUnstated_IsAnUpToTheCap_NoLongerUnstated()
    {
        AwardFigures.Cap(AwardFigures.Unstated, 100m).Should().Be(AwardFigures.UpTo(100m));
    }

    [Fact]
    public void PerUnit_KnownQuantity_PaysAmountTimesQuantityUnderTheCap()
    {
        AwardFigures.PerUnit(5000m, 12m, 500_000m).Should().Be(AwardFigures.Fixed(60_000m));
        AwardFigures.PerUnit(5000m, 120m, 500_000m).Should().Be(new RawAward(500_000m, 500_000m, true, true));
        AwardFigures.PerUnit(12.5m, 3.3m, null).Should().Be(AwardFigures.Fixed(41.25m));
    }

    [Fact]
    public void PerUnit_NegativeQuantity_PaysNothing()
    {
        AwardFigures.PerUnit(5000m, -3m, 500_000m).Should().Be(AwardFigures.Fixed(0m));
        AwardFigures.PerUnit(5000m, -3m, null).Should().Be(AwardFigures.Fixed(0m));
    }

    [Fact]
    public void PerUnit_UnknownQuantity_NoAmount_UpToTheCapOrNoCeiling()
    {
        AwardFigures.PerUnit(5000m, null, 500_000m).Should().Be(new RawAward(null, 500_000m, true, true));
        AwardFigures.PerUnit(5000m, null, null).Should().Be(new RawAward(null, null, false, true));
    }

    [Fact]
    public void PerUnit_ProductBeyondDecimal_HoldsAtTheLargestValueInsteadOfThrowing()
    {
        AwardFigures.PerUnit(5000m, decimal.MaxValue / 10m, null).Amount.Should().Be(decimal.MaxValue);
        AwardFigures.PerUnit(5000m, decimal.MaxValue / 10m, 1_000m).Should().Be(new RawAward(1_000m, 1_000m, true, true));
    }

    [Fact]
    public void Choose_EqualThresholds_TakesTheLaterBand()
    {
        TierBand[] bands = [new(0m, 1m), new(10m, 2m), new(10m, 3m), new(20m, 4m)];

        Tiers.Choose(bands, 15m).Should().Be(2);
        Tiers.Choose(bands, 20m).Should().Be(3);
        Tiers.Choose(bands, -1m).Should().Be(-1);
        Tiers.Of(bands, -1m).Should().Be(AwardFigures.Fixed(0m));
    }

    [Fact]
    public void Of_UnknownValue_HighestBandAsUpToAndNoAmount()
    {
        TierBand[] bands = [new(0m, 5m), new(10m, 9m), new(20m, 7m)];

        Tiers.Of(bands, null).Should().Be(new RawAward(null, 9m, false, true));
        Tiers.Of([], null).Should().Be(new RawAward(null, 0m, false, true));
    }

    [Fact]
    public void InOrder_LastBandReached_IsTheBandChosen()
    {
        var random = new Random(9);
        for (var i = 0; i < 500; i++)
        {
            var bands = Enumerable.Range(0, random.Next(1, 6)).Select(_ => new TierBand(random.Next(0, 5), random.Next(100))).ToArray();
            var value = (decimal)random.Next(-1, 6);
            var ordered = Tiers.InOrder(bands);
            var last = Array.FindLastIndex(ordered, b => Tiers.Reaches(value, b.From));
            var chosen = Tiers.Choose(bands, value);

            (chosen < 0 ? null : bands[chosen]).Should().BeSameAs(last < 0 ? null : ordered[last]);
        }
    }

    private readonly struct Described : IAwardForms<string>
    {
        public string Constant(RawAward figures) => string.Create(CultureInfo.InvariantCulture, $"constant({figures.Amount}, {figures.UpTo}, {figures.Capped}, {figures.Monetary})");

        public string Rate(decimal rate, string baseFactId, decimal? cap) => string.Create(CultureInfo.InvariantCulture, $"rate({rate}, {baseFactId}, {cap})");

        public string PerUnit(decimal amount, string quantityFactId, decimal? cap) => string.Create(CultureInfo.InvariantCulture, $"perUnit({amount}, {quantityFactId}, {cap})");

        public string Capped(string inner, decimal cap) => string.Create(CultureInfo.InvariantCulture, $"capped({inner}, {cap})");

        public string Tiers(string factId, ImmutableArray<TierBand> bands) => string.Create(CultureInfo.InvariantCulture, $"tiers({factId}, {bands.Length})");
    }
}
