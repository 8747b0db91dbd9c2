using PolicyKit.Awards;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Modifiers;
using PolicyKit.Semantics;

namespace PolicyKit.Tests.Semantics;

public class PayoutTests
{
    private static readonly PayoutModifier Grades = new(
        "jimo-grades",
        JurisdictionCode.Parse("370215"),
        FundingKind.NonInvestment,
        "enterprise.muYieldGrade",
        [new("A", 1m), new("C", 0.8m), new("D", 0m)]);

    [Fact]
    public void RatioOf_ListedUnlistedAndUnknownCodes_GiveRatioOneAndNull()
    {
        Payout.RatioOf(Grades, "C").Should().Be(new PayoutRatio(0.8m, 1m));
        Payout.RatioOf(Grades, "Z").Should().Be(new PayoutRatio(1m, 1m));
        Payout.RatioOf(Grades, null).Should().Be(new PayoutRatio(null, 1m));
    }

    [Fact]
    public void Finish_KnownGrade_ScalesAmountAndUpTo()
    {
        Payout.Finish(AwardFigures.Fixed(1000m), true, [Payout.RatioOf(Grades, "C")]).Should().Be((800m, 800m));
        Payout.Finish(AwardFigures.Fixed(1000m), true, [Payout.RatioOf(Grades, "D")]).Should().Be((0m, 0m));
    }

    [Fact]
    public void Finish_UnknownGrade_LeavesAmountUnknownAndCountsTheHighestRatio()
    {
        var lowHighest = new PayoutRatio(null, 0.8m);

        Payout.Finish(AwardFigures.Fixed(1000m), true, [lowHighest]).Should().Be(((decimal?)null, 800m));
    }

    [Fact]
    public void Finish_Undetermined_KeepsOnlyTheUpTo()
    {
        Payout.Finish(AwardFigures.Fixed(1000m), false, []).Should().Be(((decimal?)null, 1000m));
    }

    [Fact]
    public void Finish_TwoRatios_RoundsOnceAtTheEnd()
    {
        // 0.01 × 0.5 × 0.5 = 0.0025 → 0.00; rounding after each ratio would give 0.01.
        var half = new PayoutRatio(0.5m, 1m);

        Payout.Finish(AwardFigures.Fixed(0.01m), true, [half, half]).Should().Be((0m, 0m));
    }

    [Fact]
    public void Finish_NotMoney_StaysWithoutFigures()
    {
        Payout.Finish(RawAward.NonMonetary, true, [Payout.RatioOf(Grades, "C")]).Should().Be(((decimal?)null, (decimal?)null));
    }
}
