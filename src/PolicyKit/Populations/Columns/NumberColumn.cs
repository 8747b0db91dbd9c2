using PolicyKit.Facts;

namespace PolicyKit.Populations.Columns;

/// <summary>The element type a number column was narrowed to.</summary>
internal enum NumberStorage : byte
{
    Byte,
    Int32,
    Int64,
    Decimal,
}

/// <summary>
/// A bool, integer, decimal, money or date slot as scaled integers at the narrowest width that
/// fits: the stored value is the fact's value times 10^<see cref="Scale"/> (dates are ISO day
/// numbers, bools 0/1). Values that do not fit a 64-bit integer at scale 9 or less stay decimal.
/// </summary>
internal sealed class NumberColumn : Column
{
    private static readonly decimal[] Powers = [.. Enumerable.Range(0, 19).Select(i => Pow10(i))];

    public NumberColumn(FactDefinition fact, ulong[] known, int scale, Array values)
        : base(fact, known)
    {
        Scale = scale;
        switch (values)
        {
            case byte[] b:
                AsBytes = b;
                Storage = NumberStorage.Byte;
                break;
            case int[] i:
                AsInt32 = i;
                Storage = NumberStorage.Int32;
                break;
            case long[] l:
                AsInt64 = l;
                Storage = NumberStorage.Int64;
                break;
            default:
                AsDecimal = (decimal[])values;
                Storage = NumberStorage.Decimal;
                break;
        }
    }

    public int Scale { get; }

    public NumberStorage Storage { get; }

    public byte[]? AsBytes { get; }

    public int[]? AsInt32 { get; }

    public long[]? AsInt64 { get; }

    public decimal[]? AsDecimal { get; }

    public override long Bytes => KnownBytes + Storage switch
    {
        NumberStorage.Byte => AsBytes!.LongLength,
        NumberStorage.Int32 => AsInt32!.LongLength * 4,
        NumberStorage.Int64 => AsInt64!.LongLength * 8,
        _ => AsDecimal!.LongLength * 16,
    };

    /// <summary>The scaled integer of a firm (not for decimal storage).</summary>
    public long RawAt(int firm) => Storage switch
    {
        NumberStorage.Byte => AsBytes![firm],
        NumberStorage.Int32 => AsInt32![firm],
        _ => AsInt64![firm],
    };

    /// <summary>The firm's value as the fact's number (exact; the scale may differ from the input's).</summary>
    public decimal ValueAt(int firm) => Storage == NumberStorage.Decimal ? AsDecimal![firm] : Unscale(RawAt(firm), Scale);

    /// <summary><paramref name="raw"/> / 10^<paramref name="scale"/> as a decimal, without division.</summary>
    public static decimal Unscale(long raw, int scale)
    {
        if (scale == 0)
        {
            return raw;
        }

        var magnitude = raw == long.MinValue ? 9223372036854775808UL : (ulong)Math.Abs(raw);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, raw < 0, (byte)scale);
    }

    /// <summary>10^<paramref name="exponent"/>, 0 ≤ exponent ≤ 18.</summary>
    public static decimal Power(int exponent) => Powers[exponent];

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
