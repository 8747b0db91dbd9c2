using PolicyKit.Modifiers;

namespace PolicyKit.Semantics;

/// <summary>A payout modifier's ratio for one enterprise.</summary>
/// <param name="Ratio">The ratio of the enterprise's code, or null when the code is unknown.</param>
/// <param name="Highest">The modifier's highest ratio.</param>
internal readonly record struct PayoutRatio(decimal? Ratio, decimal Highest);

/// <summary>
/// From an award rule's figures to what is paid (specification §3): an undetermined decision
/// keeps only its up-to; each payout modifier scales both figures by the ratio of the
/// enterprise's code (1 for a code it does not list); an unknown code leaves the amount unknown
/// and counts the highest ratio in the up-to; then one rounding to the fen.
/// </summary>
internal static class Payout
{
    /// <summary>The ratio <paramref name="modifier"/> gives code <paramref name="code"/> (null: unknown).</summary>
    public static PayoutRatio RatioOf(PayoutModifier modifier, string? code) =>
        new(code is null ? null : modifier.Ratios.TryGetValue(code, out var r) ? r : 1m, modifier.MaxRatio);

    /// <summary>What a ratio multiplies: the amount (null: the amount becomes unknown) and the up-to.</summary>
    public static (decimal? OnAmount, decimal OnUpTo) Factors(PayoutRatio ratio) => (ratio.Ratio, ratio.Ratio ?? ratio.Highest);

    /// <summary>The amount and up-to paid, rounded to the fen; allocates nothing.</summary>
    /// <param name="raw">The rule's figures.</param>
    /// <param name="eligible">True for an eligible decision, false for an undetermined one.</param>
    /// <param name="ratios">The ratios of the modifiers that scale the policy.</param>
    public static (decimal? Amount, decimal? UpTo) Finish(RawAward raw, bool eligible, ReadOnlySpan<PayoutRatio> ratios)
    {
        var (amount, upTo) = Scale(raw, eligible, ratios);
        return (amount is { } a ? Money.Round(a) : null, upTo is { } u ? Money.Round(u) : null);
    }

    /// <summary>
    /// <see cref="Finish"/> before its rounding, for a caller that rounds as it converts (to fen,
    /// with <see cref="Money.Fen"/>), so that a figure is rounded once.
    /// </summary>
    public static (decimal? Amount, decimal? UpTo) Scale(RawAward raw, bool eligible, ReadOnlySpan<PayoutRatio> ratios)
    {
        var amount = eligible ? raw.Amount : null;
        var upTo = raw.UpTo;
        if (raw.Monetary)
        {
            foreach (var ratio in ratios)
            {
                var (onAmount, onUpTo) = Factors(ratio);
                amount *= onAmount;
                upTo *= onUpTo;
            }
        }

        return (amount, upTo);
    }
}
