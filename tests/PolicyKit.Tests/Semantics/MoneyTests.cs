using PolicyKit.Awards;
using PolicyKit.Semantics;

namespace PolicyKit.Tests.Semantics;

public class MoneyTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("0.015", "0.02")]
    [InlineData("0.0049999", "0")]
    [InlineData("1234.565", "1234.57")]
    [InlineData("2.675", "2.68")]
    public void Round_HalfAFen_RoundsAwayFromZero(string yuan, string expected)
    {
        Money.Round(Parse(yuan)).Should().Be(Parse(expected));
    }

    [Fact]
    public void RoundQuotient_TenthsOfAFen_AgreesWithRoundingTheYuan()
    {
        for (var tenths = 0UL; tenths <= 5000; tenths++)
        {
            var fen = Money.RoundQuotient(tenths / 10, tenths % 10, 10);

            fen.Should().Be((ulong)(Money.Round(tenths / 1000m) * 100m), $"{tenths} tenths of a fen");
        }
    }

    [Fact]
    public void RoundQuotient_LargeDivisor_RoundsAtExactlyHalf()
    {
        const ulong Divisor = 1_000_000_000_000_000_000;

        Money.RoundQuotient(7, (Divisor / 2) - 1, Divisor).Should().Be(7);
        Money.RoundQuotient(7, Divisor / 2, Divisor).Should().Be(8);
    }

    [Fact]
    public void Fen_OrdinaryAmount_IsRoundedYuanTimesHundred()
    {
        Money.Fen(1.005m).Should().Be(101);
        Money.Fen(-1.005m).Should().Be(-101);
        Money.Fen(92_233_720_368_547_758.06m).Should().Be(long.MaxValue - 1);
    }

    [Fact]
    public void Fen_BeyondTheRangeOfAFenCount_HoldsAtTheBound()
    {
        Money.Fen(92_233_720_368_547_758.07m).Should().Be(long.MaxValue);
        Money.Fen(5e20m).Should().Be(long.MaxValue);
        Money.Fen(decimal.MaxValue).Should().Be(long.MaxValue);
        Money.Fen(-5e20m).Should().Be(long.MinValue);
        Money.Fen(decimal.MinValue).Should().Be(long.MinValue);
    }

    [Fact]
    public void Add_WithinRange_IsExact()
    {
        Money.Add(0.1m, 0.2m).Should().Be(0.3m);
        Money.Add(long.MaxValue - 1, 1L).Should().Be(long.MaxValue);
    }

    [Fact]
    public void Add_BeyondRange_HoldsAtTheTypesBoundInsteadOfThrowing()
    {
        Money.Add(decimal.MaxValue, 1m).Should().Be(decimal.MaxValue);
        Money.Add(decimal.MinValue, -1m).Should().Be(decimal.MinValue);
        Money.Add(long.MaxValue, 1L).Should().Be(long.MaxValue);
        Money.Add(long.MinValue, -1L).Should().Be(long.MinValue);
        Money.Add(decimal.MaxValue, -1m).Should().Be(decimal.MaxValue - 1m);
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
