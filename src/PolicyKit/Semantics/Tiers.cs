using PolicyKit.Awards;
using PolicyKit.Predicates;

namespace PolicyKit.Semantics;

/// <summary>
/// Which band of a tiered award an enterprise gets (specification §3): the band it reaches with
/// the highest threshold, the later of bands with equal thresholds; nothing below the lowest band.
/// An unknown value leaves the amount unknown and the highest band as the most it can be.
/// </summary>
internal static class Tiers
{
    /// <summary>A value reaches a band when it is at least the band's <see cref="TierBand.From"/>.</summary>
    public const ComparisonOperator Reach = ComparisonOperator.Ge;

    /// <summary>Whether <paramref name="value"/> reaches a band from <paramref name="from"/>.</summary>
    public static bool Reaches(decimal value, decimal from) => Comparisons.Holds(Reach, value.CompareTo(from));

    /// <summary>The index of the band chosen for <paramref name="value"/>, or -1 below every band.</summary>
    public static int Choose(ReadOnlySpan<TierBand> bands, decimal value)
    {
        var best = -1;
        for (var i = 0; i < bands.Length; i++)
        {
            if (Reaches(value, bands[i].From) && (best < 0 || bands[i].From >= bands[best].From))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// The bands in the order <see cref="Choose"/> prefers them, least first: by threshold, then
    /// as given. The band chosen is the last one reached in this order.
    /// </summary>
    public static TierBand[] InOrder(ReadOnlySpan<TierBand> bands) =>
        [.. bands.ToArray().Select((b, i) => (b, i)).OrderBy(x => x.b.From).ThenBy(x => x.i).Select(x => x.b)];

    /// <summary>The figures of band <paramref name="band"/> of <paramref name="bands"/> (-1: below every band, nothing).</summary>
    public static RawAward Figures(ReadOnlySpan<TierBand> bands, int band) => AwardFigures.Fixed(band < 0 ? 0m : bands[band].Amount);

    /// <summary>The figures when the value is unknown.</summary>
    public static RawAward Unknown(ReadOnlySpan<TierBand> bands)
    {
        var max = 0m;
        for (var i = 0; i < bands.Length; i++)
        {
            max = i == 0 ? bands[i].Amount : Math.Max(max, bands[i].Amount);
        }

        return new(null, max, false, true);
    }

    /// <summary>The figures for a value, or for an unknown one (null).</summary>
    public static RawAward Of(ReadOnlySpan<TierBand> bands, decimal? value) =>
        value is { } v ? Figures(bands, Choose(bands, v)) : Unknown(bands);
}
