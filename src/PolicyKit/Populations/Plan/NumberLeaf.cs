using PolicyKit.Populations.Columns;
using PolicyKit.Predicates;
using PolicyKit.Semantics;

namespace PolicyKit.Populations.Plan;

/// <summary>
/// A comparison of a number, date or bool column with a constant, turned into the range of the
/// column's scaled integers that pass (<see cref="Comparisons.IntegerInterval"/>: <c>lo ≤ x ≤ hi</c>,
/// or its complement for <c>ne</c>), compared at the column's own width; decimal columns compare
/// decimals one firm at a time.
/// </summary>
internal sealed class NumberLeaf : Leaf
{
    private readonly NumberColumn _column;
    private readonly ComparisonOperator _op;
    private readonly decimal _constant;
    private readonly long _lo;
    private readonly long _hi;
    private readonly bool _checkLo;
    private readonly bool _checkHi;
    private readonly bool _negate;
    private readonly bool _empty;

    public NumberLeaf(NumberColumn column, ComparisonOperator op, decimal constant)
        : base(column)
    {
        _column = column;
        _op = op;
        _constant = constant;
        if (column.Storage == NumberStorage.Decimal)
        {
            return;
        }

        var (min, max) = column.Storage switch
        {
            NumberStorage.Byte => (0m, 255m),
            NumberStorage.Int32 => (int.MinValue, int.MaxValue),
            _ => ((decimal)long.MinValue, (decimal)long.MaxValue),
        };
        decimal scaled;
        try
        {
            scaled = constant * NumberColumn.Power(column.Scale);
        }
        catch (OverflowException)
        {
            scaled = constant > 0 ? decimal.MaxValue : decimal.MinValue;
        }

        var (lo, hi, outside) = Comparisons.IntegerInterval(op, scaled);
        _negate = outside;
        _empty = lo > hi || lo > max || hi < min;
        _checkLo = lo > min;
        _checkHi = hi < max;
        _lo = _checkLo && !_empty ? (long)lo : 0;
        _hi = _checkHi && !_empty ? (long)hi : 0;
    }

    protected override void Test(int start, int count, Span<ulong> bits, SimdWidth width)
    {
        if (_empty)
        {
            bits.Clear();
        }
        else
        {
            switch (_column.Storage)
            {
                case NumberStorage.Byte:
                    Kernels.Range(_column.AsBytes.AsSpan(start, count), (byte)_lo, (byte)_hi, _checkLo, _checkHi, bits, width);
                    break;
                case NumberStorage.Int32:
                    Kernels.Range(_column.AsInt32.AsSpan(start, count), (int)_lo, (int)_hi, _checkLo, _checkHi, bits, width);
                    break;
                case NumberStorage.Int64:
                    Kernels.Range(_column.AsInt64.AsSpan(start, count), _lo, _hi, _checkLo, _checkHi, bits, width);
                    break;
                default:
                    TestDecimals(start, count, bits);
                    return;
            }
        }

        if (_negate)
        {
            Invert(bits, count);
        }
    }

    private void TestDecimals(int start, int count, Span<ulong> bits)
    {
        var values = _column.AsDecimal.AsSpan(start, count);
        bits.Clear();
        for (var i = 0; i < count; i++)
        {
            var pass = Comparisons.Holds(_op, values[i].CompareTo(_constant));
            bits[i >> 6] |= pass ? 1UL << i : 0;
        }
    }
}
