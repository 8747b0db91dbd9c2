using PolicyKit.Populations.Plan;
using PolicyKit.Semantics;

namespace PolicyKit.Tests.Populations;

public class ExactRateTests
{
    /// <summary>The reciprocal division must round to the fen exactly as decimal does, halves and extremes included.</summary>
    [Theory]
    [InlineData("0.005")]
    [InlineData("0.333")]
    [InlineData("0.123456789")]
    [InlineData("-0.0007")]
    [InlineData("0.000000000000000007")]
    [InlineData("0.000000000000000001")]
    [InlineData("0.00001")]
    public void TryFen_EqualsDecimalRoundedToTheFen(string text)
    {
        var rate = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var exact = ExactRate.TryCreate(new AwardNode.RateNode(rate, null, null))!;
        var random = new Random(11);
        var samples = new List<long> { 0, 1, -1, 5, -5, 50, 500, long.MaxValue, long.MinValue, long.MaxValue / 1000, long.MinValue / 1000 };
        for (var i = 0; i < 20_000; i++)
        {
            var magnitude = random.NextInt64(1, long.MaxValue) >> random.Next(0, 63);
            var x = random.Next(2) == 0 ? magnitude : -magnitude;
            samples.Add(x);

            // At and beside a large multiple of a power of ten: a remainder near zero is where the
            // short reciprocal gives one less and the correction must add it back.
            var power = (long)Math.Pow(10, random.Next(1, 19));
            samples.AddRange([x - (x % power), x - (x % power) - Math.Sign(x)]);

            // Neighbours of a half fen: where rounding up or down is decided by one unit.
            var half = decimal.Truncate((random.NextInt64(-1_000_000_000_000, 1_000_000_000_000) + 0.5m) / 100m / rate);
            if (decimal.Abs(half) < long.MaxValue - 1)
            {
                samples.AddRange([(long)half - 1, (long)half, (long)half + 1]);
            }
        }

        var computed = 0;
        foreach (var x in samples)
        {
            if (!exact.TryFen(x, out var fen))
            {
                continue;
            }

            computed++;
            fen.Should().Be(Money.Fen(rate * x), $"rate {rate} of {x}");
        }

        computed.Should().BeGreaterThan(samples.Count / 4);
    }
}
