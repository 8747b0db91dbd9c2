using PolicyKit.Populations.Columns;

namespace PolicyKit.Populations.Plan;

/// <summary><c>in</c> on a code-set column: the set shares a code with the listed ones, one AND per firm.</summary>
internal sealed class CodeSetLeaf : Leaf
{
    private readonly CodeSetColumn _column;
    private readonly ulong[] _mask;

    public CodeSetLeaf(CodeSetColumn column, IEnumerable<string> codes)
        : base(column)
    {
        _column = column;
        _mask = new ulong[column.Words];
        foreach (var code in codes)
        {
            var bit = Array.IndexOf(column.Codes, code);
            if (bit >= 0)
            {
                _mask[bit >> 6] |= 1UL << bit;
            }
        }
    }

    protected override void Test(int start, int count, Span<ulong> bits, SimdWidth width)
    {
        var words = _column.Words;
        if (words == 1)
        {
            Kernels.Intersects(_column.Bits.AsSpan(start, count), _mask[0], bits, width);
            return;
        }

        bits.Clear();
        var sets = _column.Bits.AsSpan(start * words, count * words);
        for (var i = 0; i < count; i++)
        {
            var set = sets.Slice(i * words, words);
            for (var w = 0; w < words; w++)
            {
                if ((set[w] & _mask[w]) != 0)
                {
                    bits[i >> 6] |= 1UL << i;
                    break;
                }
            }
        }
    }
}
