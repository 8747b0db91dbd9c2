using System.Globalization;

namespace PolicyKit.Facts;

/// <summary>Culture-free handling of decimal numbers and money.</summary>
internal static class Numbers
{
    /// <summary>Removes trailing zeros so that 500000.00 and 500000 have one canonical form.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Formats a number without trailing zeros, in the invariant culture.</summary>
    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="sum"/> plus <paramref name="value"/>, held at <see cref="decimal.MaxValue"/>
    /// or <see cref="decimal.MinValue"/> instead of throwing when the sum leaves decimal's range
    /// (about ±7.9e28 yuan): totals of absurd amounts must not make evaluation throw (DESIGN §8).
    /// </summary>
    public static decimal AddSaturating(decimal sum, decimal value)
    {
        try
        {
            return sum + value;
        }
        catch (OverflowException)
        {
            return value > 0m ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary>Rounds yuan to the fen, half away from zero (DESIGN §3: once, at the end).</summary>
    public static decimal RoundToFen(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);
}
