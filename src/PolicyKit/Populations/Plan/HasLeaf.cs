using NodaTime;
using PolicyKit.Populations.Columns;
using PolicyKit.Semantics;

namespace PolicyKit.Populations.Plan;

/// <summary>
/// <c>has</c> a certification kind valid on the as-of date (optionally recognised within a
/// period, <see cref="Leaves.Counts"/>): firms without the kind are skipped by their kind word,
/// the others scan their entries.
/// </summary>
internal sealed class HasLeaf : Leaf
{
    private readonly CertificationColumn _column;
    private readonly int _kind;
    private readonly int _asOf;
    private readonly int _from;
    private readonly int _to;

    public HasLeaf(CertificationColumn column, string kind, LocalDate asOf, DateInterval? recognizedWithin)
        : base(column)
    {
        _column = column;
        _kind = Array.IndexOf(column.Kinds, kind);
        _asOf = asOf.ToDateOnly().DayNumber;
        _from = recognizedWithin is null ? int.MinValue : recognizedWithin.Start.ToDateOnly().DayNumber;
        _to = recognizedWithin is null ? int.MaxValue : recognizedWithin.End.ToDateOnly().DayNumber;
    }

    protected override void Test(int start, int count, Span<ulong> bits, SimdWidth width)
    {
        bits.Clear();
        if (_kind < 0)
        {
            return;
        }

        var offsets = _column.Offsets;
        var kinds = _column.KindIds;
        var kindBits = _column.KindBits;
        var bit = 1UL << _kind;
        for (var i = 0; i < count; i++)
        {
            var firm = start + i;
            if (kindBits is not null && (kindBits[firm] & bit) == 0)
            {
                continue;
            }

            for (var e = offsets[firm]; e < offsets[firm + 1]; e++)
            {
                if (kinds[e] == _kind && Leaves.Counts(_column.RecognizedOn[e], _column.ExpiresOn[e], _asOf, _from, _to))
                {
                    bits[i >> 6] |= 1UL << i;
                    break;
                }
            }
        }
    }
}
