using PolicyKit.Facts;

namespace PolicyKit.Populations.Columns;

/// <summary>
/// One fact slot of a population: a typed array with one element per firm, and a known-mask
/// with one bit per firm (bit <c>i % 64</c> of word <c>i / 64</c>). Unknown firms hold zero.
/// </summary>
/// <remarks>
/// The known-mask is padded with zero words to whole blocks, so the columnar plan can read a
/// block's words without bounds checks at the population's end. Immutable once built.
/// </remarks>
internal abstract class Column(FactDefinition fact, ulong[] known)
{
    public FactDefinition Fact { get; } = fact;

    public ulong[] Known { get; } = known;

    /// <summary>The bytes the column's arrays hold (known-mask included), for the memory figure.</summary>
    public abstract long Bytes { get; }

    public bool IsKnown(int firm) => (Known[firm >> 6] & (1UL << firm)) != 0;

    protected long KnownBytes => Known.LongLength * sizeof(ulong);
}
