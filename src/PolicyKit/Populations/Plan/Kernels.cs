using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using PolicyKit.Semantics;

namespace PolicyKit.Populations.Plan;

/// <summary>
/// Column tests that write one bit per firm: bit <c>i % 64</c> of word <c>i / 64</c> of the block.
/// Every kernel has a scalar loop that gives the same bits as its vector loops; bits past the
/// block's last firm are zero.
/// </summary>
internal static class Kernels
{
    /// <summary>Bits of <c>lo ≤ x ≤ hi</c> (each side only when checked).</summary>
    public static void Range<T>(ReadOnlySpan<T> values, T lo, T hi, bool checkLo, bool checkHi, Span<ulong> bits, SimdWidth width)
        where T : unmanaged, INumber<T>
    {
        var n = values.Length;
        var i = width switch
        {
            SimdWidth.V512 => Range512(values, lo, hi, checkLo, checkHi, bits),
            SimdWidth.V256 => Range256(values, lo, hi, checkLo, checkHi, bits),
            SimdWidth.V128 => Range128(values, lo, hi, checkLo, checkHi, bits),
            _ => 0,
        };
        for (; i < n; i += 64)
        {
            ulong word = 0;
            var end = Math.Min(64, n - i);
            for (var k = 0; k < end; k++)
            {
                var x = values[i + k];
                word |= (!checkLo || x >= lo) && (!checkHi || x <= hi) ? 1UL << k : 0;
            }

            bits[i >> 6] = word;
        }
    }

    /// <summary>Bits of <c>x ∈ targets</c> (a handful of ids, each one vector compare).</summary>
    public static void EqualsAny<T>(ReadOnlySpan<T> values, T[] targets, Span<ulong> bits, SimdWidth width)
        where T : unmanaged, INumber<T>
    {
        var n = values.Length;
        var i = width switch
        {
            SimdWidth.V512 => EqualsAny512(values, targets, bits),
            SimdWidth.V256 => EqualsAny256(values, targets, bits),
            _ => 0,
        };
        for (; i < n; i += 64)
        {
            ulong word = 0;
            var end = Math.Min(64, n - i);
            for (var k = 0; k < end; k++)
            {
                var x = values[i + k];
                foreach (var t in targets)
                {
                    if (x == t)
                    {
                        word |= 1UL << k;
                        break;
                    }
                }
            }

            bits[i >> 6] = word;
        }
    }

    /// <summary>Bits of <c>table[id]</c>: any code test as one lookup per firm.</summary>
    public static void Lookup<T>(ReadOnlySpan<T> ids, bool[] table, Span<ulong> bits)
        where T : unmanaged, IBinaryInteger<T>
    {
        var n = ids.Length;
        for (var i = 0; i < n; i += 64)
        {
            ulong word = 0;
            var end = Math.Min(64, n - i);
            for (var k = 0; k < end; k++)
            {
                word |= table[int.CreateTruncating(ids[i + k])] ? 1UL << k : 0;
            }

            bits[i >> 6] = word;
        }
    }

    /// <summary>Bits of <c>(set &amp; mask) ≠ 0</c> for one-word sets: an <c>in</c> on a code set.</summary>
    public static void Intersects(ReadOnlySpan<ulong> sets, ulong mask, Span<ulong> bits, SimdWidth width)
    {
        var n = sets.Length;
        var i = 0;
        if (width == SimdWidth.V512)
        {
            var m = Vector512.Create(mask);
            ref var start = ref MemoryMarshal.GetReference(sets);
            for (; i + 64 <= n; i += 64)
            {
                ulong word = 0;
                for (var j = 0; j < 64; j += 8)
                {
                    var v = Vector512.LoadUnsafe(ref start, (nuint)(i + j)) & m;
                    word |= (~Vector512.ExtractMostSignificantBits(Vector512.Equals(v, Vector512<ulong>.Zero)) & 0xFFUL) << j;
                }

                bits[i >> 6] = word;
            }
        }
        else if (width is SimdWidth.V256 or SimdWidth.V128)
        {
            var m = Vector256.Create(mask);
            ref var start = ref MemoryMarshal.GetReference(sets);
            for (; i + 64 <= n; i += 64)
            {
                ulong word = 0;
                for (var j = 0; j < 64; j += 4)
                {
                    var v = Vector256.LoadUnsafe(ref start, (nuint)(i + j)) & m;
                    word |= (~(ulong)Vector256.ExtractMostSignificantBits(Vector256.Equals(v, Vector256<ulong>.Zero)) & 0xFUL) << j;
                }

                bits[i >> 6] = word;
            }
        }

        for (; i < n; i += 64)
        {
            ulong word = 0;
            var end = Math.Min(64, n - i);
            for (var k = 0; k < end; k++)
            {
                word |= (sets[i + k] & mask) != 0 ? 1UL << k : 0;
            }

            bits[i >> 6] = word;
        }
    }

    private static int Range512<T>(ReadOnlySpan<T> values, T lo, T hi, bool checkLo, bool checkHi, Span<ulong> bits)
        where T : unmanaged, INumber<T>
    {
        var lanes = Vector512<T>.Count;
        var vlo = Vector512.Create(lo);
        var vhi = Vector512.Create(hi);
        ref var start = ref MemoryMarshal.GetReference(values);
        var i = 0;
        for (; i + 64 <= values.Length; i += 64)
        {
            ulong word = 0;
            for (var j = 0; j < 64; j += lanes)
            {
                var v = Vector512.LoadUnsafe(ref start, (nuint)(i + j));
                var m = checkLo ? Vector512.GreaterThanOrEqual(v, vlo) : Vector512<T>.AllBitsSet;
                if (checkHi)
                {
                    m &= Vector512.LessThanOrEqual(v, vhi);
                }

                word |= Vector512.ExtractMostSignificantBits(m) << j;
            }

            bits[i >> 6] = word;
        }

        return i;
    }

    private static int Range256<T>(ReadOnlySpan<T> values, T lo, T hi, bool checkLo, bool checkHi, Span<ulong> bits)
        where T : unmanaged, INumber<T>
    {
        var lanes = Vector256<T>.Count;
        var vlo = Vector256.Create(lo);
        var vhi = Vector256.Create(hi);
        ref var start = ref MemoryMarshal.GetReference(values);
        var i = 0;
        for (; i + 64 <= values.Length; i += 64)
        {
            ulong word = 0;
            for (var j = 0; j < 64; j += lanes)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)(i + j));
                var m = checkLo ? Vector256.GreaterThanOrEqual(v, vlo) : Vector256<T>.AllBitsSet;
                if (checkHi)
                {
                    m &= Vector256.LessThanOrEqual(v, vhi);
                }

                word |= (ulong)Vector256.ExtractMostSignificantBits(m) << j;
            }

            bits[i >> 6] = word;
        }

        return i;
    }

    private static int Range128<T>(ReadOnlySpan<T> values, T lo, T hi, bool checkLo, bool checkHi, Span<ulong> bits)
        where T : unmanaged, INumber<T>
    {
        var lanes = Vector128<T>.Count;
        var vlo = Vector128.Create(lo);
        var vhi = Vector128.Create(hi);
        ref var start = ref MemoryMarshal.GetReference(values);
        var i = 0;
        for (; i + 64 <= values.Length; i += 64)
        {
            ulong word = 0;
            for (var j = 0; j < 64; j += lanes)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)(i + j));
                var m = checkLo ? Vector128.GreaterThanOrEqual(v, vlo) : Vector128<T>.AllBitsSet;
                if (checkHi)
                {
                    m &= Vector128.LessThanOrEqual(v, vhi);
                }

                word |= (ulong)Vector128.ExtractMostSignificantBits(m) << j;
            }

            bits[i >> 6] = word;
        }

        return i;
    }

    private static int EqualsAny512<T>(ReadOnlySpan<T> values, T[] targets, Span<ulong> bits)
        where T : unmanaged, INumber<T>
    {
        var lanes = Vector512<T>.Count;
        ref var start = ref MemoryMarshal.GetReference(values);
        var i = 0;
        for (; i + 64 <= values.Length; i += 64)
        {
            ulong word = 0;
            for (var j = 0; j < 64; j += lanes)
            {
                var v = Vector512.LoadUnsafe(ref start, (nuint)(i + j));
                var m = Vector512<T>.Zero;
                foreach (var t in targets)
                {
                    m |= Vector512.Equals(v, Vector512.Create(t));
                }

                word |= Vector512.ExtractMostSignificantBits(m) << j;
            }

            bits[i >> 6] = word;
        }

        return i;
    }

    private static int EqualsAny256<T>(ReadOnlySpan<T> values, T[] targets, Span<ulong> bits)
        where T : unmanaged, INumber<T>
    {
        var lanes = Vector256<T>.Count;
        ref var start = ref MemoryMarshal.GetReference(values);
        var i = 0;
        for (; i + 64 <= values.Length; i += 64)
        {
            ulong word = 0;
            for (var j = 0; j < 64; j += lanes)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)(i + j));
                var m = Vector256<T>.Zero;
                foreach (var t in targets)
                {
                    m |= Vector256.Equals(v, Vector256.Create(t));
                }

                word |= (ulong)Vector256.ExtractMostSignificantBits(m) << j;
            }

            bits[i >> 6] = word;
        }

        return i;
    }

    /// <summary>
    /// <see cref="Kleene.And(ulong, ulong, ulong, ulong)"/> of a child into the running result, word
    /// by word; the vector loop is the same operation (true bits AND, false bits OR) four words at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AndInto(Span<ulong> t, Span<ulong> f, ReadOnlySpan<ulong> ct, ReadOnlySpan<ulong> cf, SimdWidth width)
    {
        var w = 0;
        if (width != SimdWidth.Scalar)
        {
            var vt = MemoryMarshal.Cast<ulong, Vector256<ulong>>(t);
            var vf = MemoryMarshal.Cast<ulong, Vector256<ulong>>(f);
            var vct = MemoryMarshal.Cast<ulong, Vector256<ulong>>(ct);
            var vcf = MemoryMarshal.Cast<ulong, Vector256<ulong>>(cf);
            for (var v = 0; v < vt.Length; v++)
            {
                vt[v] &= vct[v];
                vf[v] |= vcf[v];
            }

            w = vt.Length * 4;
        }

        for (; w < t.Length; w++)
        {
            var (rt, rf) = Kleene.And(t[w], f[w], ct[w], cf[w]);
            t[w] = rt;
            f[w] = rf;
        }
    }

    /// <summary>
    /// <see cref="Kleene.Or(ulong, ulong, ulong, ulong)"/> of a child into the running result; the
    /// vector loop is the same operation (true bits OR, false bits AND) four words at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void OrInto(Span<ulong> t, Span<ulong> f, ReadOnlySpan<ulong> ct, ReadOnlySpan<ulong> cf, SimdWidth width)
    {
        var w = 0;
        if (width != SimdWidth.Scalar)
        {
            var vt = MemoryMarshal.Cast<ulong, Vector256<ulong>>(t);
            var vf = MemoryMarshal.Cast<ulong, Vector256<ulong>>(f);
            var vct = MemoryMarshal.Cast<ulong, Vector256<ulong>>(ct);
            var vcf = MemoryMarshal.Cast<ulong, Vector256<ulong>>(cf);
            for (var v = 0; v < vt.Length; v++)
            {
                vt[v] |= vct[v];
                vf[v] &= vcf[v];
            }

            w = vt.Length * 4;
        }

        for (; w < t.Length; w++)
        {
            var (rt, rf) = Kleene.Or(t[w], f[w], ct[w], cf[w]);
            t[w] = rt;
            f[w] = rf;
        }
    }
}
