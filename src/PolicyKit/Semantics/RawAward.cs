namespace PolicyKit.Semantics;

/// <summary>An award before modifiers and rounding: exact decimals.</summary>
/// <param name="Amount">The sum the rule gives, when determined.</param>
/// <param name="UpTo">The most it can be, or null when the rule states no ceiling.</param>
/// <param name="Capped">Whether the figure reported (amount, else up-to) is a cap.</param>
/// <param name="Monetary">Whether the award is money at all.</param>
/// <param name="Unstated">Whether it is money of an amount the sources do not state (no amount, no ceiling).</param>
internal readonly record struct RawAward(decimal? Amount, decimal? UpTo, bool Capped, bool Monetary, bool Unstated = false)
{
    public static RawAward NonMonetary => new(null, null, false, false);
}
