using PolicyKit.Awards;
using PolicyKit.Facts;
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

    /// <summary>The grade fact as the standard schema declares it: closed, codes A to D.</summary>
    private static readonly FactDefinition Grade = FactSchema.Standard.Facts.Single(f => f.Id == "enterprise.muYieldGrade");

    private static PayoutModifier Modifier(params (string Code, decimal Ratio)[] ratios) =>
        new("m", JurisdictionCode.Parse("370215"), FundingKind.NonInvestment, Grade.Id, ratios.ToDictionary(r => r.Code, r => r.Ratio));

    [Fact]
    public void RatioOf_ListedUnlistedAndUnknownCodes_GiveRatioOneAndNull()
    {
        Payout.RatioOf(Grades, 1m, "C").Should().Be(new PayoutRatio(0.8m, 1m));
        Payout.RatioOf(Grades, 1m, "Z").Should().Be(new PayoutRatio(1m, 1m));
        Payout.RatioOf(Grades, 1m, null).Should().Be(new PayoutRatio(null, 1m));
    }

    [Fact]
    public void UnknownFactor_ModifierListingOnlySomeCodes_CountsAnUnlistedCodePaidInFull()
    {
        // Issue 18 (4): { "D": 0 } gave an unknown grade an up-to of 0, and { C: 0.8, D: 0 } 80%, though A and B are paid in full.
        Payout.UnknownFactor(Modifier(("D", 0m)), Grade).Should().Be(1m);
        Payout.UnknownFactor(Modifier(("C", 0.8m), ("D", 0m)), Grade).Should().Be(1m);
    }

    [Fact]
    public void UnknownFactor_ModifierListingEveryCodeOfAClosedFact_IsTheHighestListedRatio()
    {
        Payout.UnknownFactor(Modifier(("A", 0.8m), ("B", 0.8m), ("C", 0.5m), ("D", 0m)), Grade).Should().Be(0.8m);
        Payout.UnknownFactor(Grades, Grade).Should().Be(1m, "A is listed at 1; B is not listed, so paid in full");
    }

    [Fact]
    public void UnknownFactor_OpenOrUndeclaredFact_IsAtLeastOne()
    {
        var open = new FactDefinition("x.grade", FactType.Code, new("等级"), codes: ["A"], isOpen: true);
        var listed = new PayoutModifier("m", JurisdictionCode.Parse("370215"), FundingKind.NonInvestment, open.Id, [new("A", 0.5m)]);

        Payout.UnknownFactor(listed, open).Should().Be(1m, "an open fact may hold a code the modifier does not list");
        Payout.UnknownFactor(listed, null).Should().Be(1m);
    }

    [Fact]
    public void Finish_KnownGrade_ScalesAmountAndUpTo()
    {
        Payout.Finish(AwardFigures.Fixed(1000m), true, [Payout.RatioOf(Grades, 1m, "C")]).Should().Be((800m, 800m));
        Payout.Finish(AwardFigures.Fixed(1000m), true, [Payout.RatioOf(Grades, 1m, "D")]).Should().Be((0m, 0m));
    }

    [Fact]
    public void Finish_TwoRatiosOf28Digits_RoundTheExactProductOnce()
    {
        // Issue 18 (5): r × r = 0.004999…9985 exactly, but decimal rounds the product to 28 places,
        // 0.0050000000000000000000000000, and the rounding to the fen then paid 0.01.
        var r = new PayoutRatio(0.0707106781186547524400844362m, 1m);

        Payout.Finish(AwardFigures.Fixed(1m), true, [r, r]).Should().Be((0m, 0m));
        Payout.Finish(AwardFigures.Fixed(-1m), true, [r, r]).Should().Be((0m, 0m));
        Payout.Finish(AwardFigures.Fixed(2m), true, [r, r]).Should().Be((0.01m, 0.01m), "2 × r × r = 0.00999…997 rounds to 0.01");
    }

    [Fact]
    public void Finish_ExactProductOfLargeAmountAndFineRatios_IsRoundedOnceToTheFen()
    {
        var r = new PayoutRatio(0.1234567890123456789012345678m, 1m);
        var amount = 98_765_432_109.87m;

        var expected = ExactFen(amount, r.Ratio!.Value, r.Ratio!.Value, r.Ratio!.Value);

        Payout.Finish(AwardFigures.Fixed(amount), true, [r, r, r]).Should().Be((expected, expected));
    }

    /// <summary>The product in integers (System.Numerics), rounded to the fen half away from zero: an oracle apart from Payout's code.</summary>
    private static decimal ExactFen(params decimal[] factors)
    {
        var numerator = System.Numerics.BigInteger.One;
        var scale = 0;
        foreach (var f in factors)
        {
            var text = Math.Abs(f).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var point = text.IndexOf('.', StringComparison.Ordinal);
            numerator *= System.Numerics.BigInteger.Parse(text.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            scale += point < 0 ? 0 : text.Length - point - 1;
        }

        var divisor = System.Numerics.BigInteger.Pow(10, scale - 2);
        var fen = System.Numerics.BigInteger.DivRem(numerator, divisor, out var rest);
        if (rest * 2 >= divisor)
        {
            fen += 1;
        }

        return decimal.Parse(fen.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) / 100m;
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
        Payout.Finish(RawAward.NonMonetary, true, [Payout.RatioOf(Grades, 1m, "C")]).Should().Be(((decimal?)null, (decimal?)null));
    }
}
