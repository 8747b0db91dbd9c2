using PolicyKit.Populations.Columns;

namespace PolicyKit.Populations.Plan;

/// <summary>
/// A test of a dictionary-coded column (equality, <c>in</c>, <c>within</c>) decided once per
/// distinct value: a table by id. When few ids pass (or few fail), a vector compare per id.
/// </summary>
internal sealed class CodeLeaf : Leaf
{
    private const int MaxVectorIds = 4;
    private readonly CodeColumn _column;
    private readonly bool[] _table;
    private readonly int[]? _ids;
    private readonly byte[]? _byteIds;
    private readonly ushort[]? _shortIds;
    private readonly bool _complement;

    public CodeLeaf(CodeColumn column, Func<string, bool> test)
        : base(column)
    {
        _column = column;
        _table = [.. column.Values.Select(test)];
        var passing = Enumerable.Range(0, _table.Length).Where(i => _table[i]).ToArray();
        var failing = Enumerable.Range(0, _table.Length).Where(i => !_table[i]).ToArray();
        if (passing.Length <= MaxVectorIds)
        {
            _ids = passing;
        }
        else if (failing.Length <= MaxVectorIds)
        {
            _ids = failing;
            _complement = true;
        }

        _byteIds = _ids?.Select(i => (byte)i).ToArray();
        _shortIds = _ids?.Select(i => (ushort)i).ToArray();
    }

    protected override void Test(int start, int count, Span<ulong> bits, SimdWidth width)
    {
        if (_ids is null || width == SimdWidth.Scalar)
        {
            if (_column.AsBytes is { } b)
            {
                Kernels.Lookup<byte>(b.AsSpan(start, count), _table, bits);
            }
            else if (_column.AsUInt16 is { } s)
            {
                Kernels.Lookup<ushort>(s.AsSpan(start, count), _table, bits);
            }
            else
            {
                Kernels.Lookup<int>(_column.AsInt32.AsSpan(start, count), _table, bits);
            }

            return;
        }

        if (_column.AsBytes is { } bytes)
        {
            Kernels.EqualsAny(bytes.AsSpan(start, count), _byteIds!, bits, width);
        }
        else if (_column.AsUInt16 is { } shorts)
        {
            Kernels.EqualsAny(shorts.AsSpan(start, count), _shortIds!, bits, width);
        }
        else
        {
            Kernels.EqualsAny(_column.AsInt32.AsSpan(start, count), _ids, bits, width);
        }

        if (_complement)
        {
            Invert(bits, count);
        }
    }
}
