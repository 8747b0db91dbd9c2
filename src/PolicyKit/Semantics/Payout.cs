using PolicyKit.Facts;
using PolicyKit.Modifiers;

namespace PolicyKit.Semantics;

/// <summary>A payout modifier's ratio for one enterprise.</summary>
/// <param name="Ratio">The ratio of the enterprise's code, or null when the code is unknown.</param>
/// <param name="Highest">What an unknown code multiplies the up-to by: the most the ratio could be (<see cref="Payout.UnknownFactor"/>).</param>
internal readonly record struct PayoutRatio(decimal? Ratio, decimal Highest);

/// <summary>
/// From an award rule's figures to what is paid (specification §3.16, §3.17): an undetermined
/// decision keeps only its up-to; each payout modifier scales both figures by the ratio of the
/// enterprise's code (1 for a code it does not list); an unknown code leaves the amount unknown
/// and multiplies the up-to by the most the ratio could be; then one rounding to the fen, of the
/// exact product whatever the ratios. Every engine (interpreter, compiled, columnar) goes through here.
/// </summary>
internal static class Payout
{
    /// <summary>
    /// The factor an unknown code puts on the up-to (specification §3.16.3): the most the ratio could
    /// be. A code the modifier does not list is paid in full, so this is at least 1 unless the
    /// modifier lists every code the fact declares and the fact is closed; then it is the highest listed ratio.
    /// </summary>
    /// <param name="modifier">The modifier.</param>
    /// <param name="fact">The declaration of the modifier's fact, or null when the schema lacks it (its codes are then open).</param>
    public static decimal UnknownFactor(PayoutModifier modifier, FactDefinition? fact)
    {
        var listsEveryCode = fact is { IsOpen: false } && !fact.Codes.IsEmpty && fact.Codes.All(modifier.Ratios.ContainsKey);
        return listsEveryCode ? modifier.MaxRatio : Math.Max(1m, modifier.MaxRatio);
    }

    /// <summary>The ratio <paramref name="modifier"/> gives code <paramref name="code"/> (null: unknown, scaled by <paramref name="unknownFactor"/>).</summary>
    public static PayoutRatio RatioOf(PayoutModifier modifier, decimal unknownFactor, string? code) =>
        new(code is null ? null : modifier.Ratios.TryGetValue(code, out var r) ? r : 1m, unknownFactor);

    /// <summary>What a ratio multiplies: the amount (null: the amount becomes unknown) and the up-to.</summary>
    public static (decimal? OnAmount, decimal OnUpTo) Factors(PayoutRatio ratio) => (ratio.Ratio, ratio.Ratio ?? ratio.Highest);

    /// <summary>The amount and up-to paid, rounded to the fen; allocates nothing (a product beyond decimal's 28 digits is computed in words on the stack).</summary>
    /// <param name="raw">The rule's figures.</param>
    /// <param name="eligible">True for an eligible decision, false for an undetermined one.</param>
    /// <param name="ratios">The ratios of the modifiers that scale the policy.</param>
    public static (decimal? Amount, decimal? UpTo) Finish(RawAward raw, bool eligible, ReadOnlySpan<PayoutRatio> ratios)
    {
        var amount = eligible ? raw.Amount : null;
        var upTo = raw.UpTo;
        if (!raw.Monetary || ratios.IsEmpty)
        {
            return (amount is { } a ? Money.Round(a) : null, upTo is { } u ? Money.Round(u) : null);
        }

        return (amount is { } x ? Scaled(x, ratios, onAmount: true) : null, upTo is { } y ? Scaled(y, ratios, onAmount: false) : null);
    }

    /// <summary>
    /// Whether <paramref name="a"/> × <paramref name="b"/> is exact in <see cref="decimal"/>: decimal
    /// multiplication keeps the sum of the scales unless it must drop digits, so a product of that
    /// scale has lost none.
    /// </summary>
    public static bool TryMultiplyExact(decimal a, decimal b, out decimal product)
    {
        product = a * b;
        return a.Scale + b.Scale <= 28 && product.Scale == a.Scale + b.Scale;
    }

    /// <summary><paramref name="value"/> times every ratio's factor, rounded once to the fen; null when an amount meets an unknown code.</summary>
    private static decimal? Scaled(decimal value, ReadOnlySpan<PayoutRatio> ratios, bool onAmount)
    {
        var product = value;
        for (var i = 0; i < ratios.Length; i++)
        {
            var (a, u) = Factors(ratios[i]);
            var factor = onAmount ? a : u;
            if (factor is not { } f)
            {
                return null;
            }

            if (!TryMultiplyExact(product, f, out var next))
            {
                return Exact(product, ratios[i..], onAmount);
            }

            product = next;
        }

        return Money.Round(product);
    }

    /// <summary>
    /// The product in integers, beyond decimal's 28 digits, rounded once to the fen: the magnitudes are
    /// multiplied as 32-bit words on the stack (allocating nothing for up to 16 modifiers), then divided
    /// down to two decimals, rounding half away from zero by the first digit dropped.
    /// </summary>
    private static decimal? Exact(decimal value, ReadOnlySpan<PayoutRatio> ratios, bool onAmount)
    {
        var size = 3 * (ratios.Length + 1) + 1;
        Span<uint> number = size <= 64 ? stackalloc uint[size] : new uint[size];
        Span<uint> product = size <= 64 ? stackalloc uint[size] : new uint[size];
        Span<uint> factor = stackalloc uint[3];
        number.Clear();
        var length = Words(value, number);
        int scale = value.Scale;
        var negative = value < 0m;
        foreach (var ratio in ratios)
        {
            var (a, u) = Factors(ratio);
            if ((onAmount ? a : u) is not { } f)
            {
                return null;
            }

            negative ^= f < 0m;
            scale += f.Scale;
            var factorLength = Words(f, factor);
            product[..(length + factorLength)].Clear();
            for (var i = 0; i < length; i++)
            {
                ulong carry = 0;
                for (var j = 0; j < factorLength; j++)
                {
                    var t = ((ulong)number[i] * factor[j]) + product[i + j] + carry;
                    product[i + j] = (uint)t;
                    carry = t >> 32;
                }

                product[i + factorLength] = (uint)carry;
            }

            length = Trim(product, length + factorLength);
            product[..length].CopyTo(number);
            number[length..].Clear();
        }

        var keep = Math.Min(scale, 2);
        length = DivideRounding(number, length, scale - keep);
        while (length > 3 && keep > 0)
        {
            // Beyond about 7.9e26 yuan decimal cannot hold the fen: as many decimals as fit are kept.
            length = DivideRounding(number, length, 1);
            keep--;
        }

        if (length > 3)
        {
            return negative ? decimal.MinValue : decimal.MaxValue;
        }

        var zero = length == 0;
        return new decimal((int)number[0], (int)number[1], (int)number[2], negative && !zero, (byte)keep);
    }

    /// <summary>The magnitude of <paramref name="value"/>'s 96-bit mantissa as words, lowest first; returns how many are used.</summary>
    private static int Words(decimal value, Span<uint> words)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        words[0] = (uint)bits[0];
        words[1] = (uint)bits[1];
        words[2] = (uint)bits[2];
        return Trim(words, 3);
    }

    private static int Trim(ReadOnlySpan<uint> words, int length)
    {
        while (length > 0 && words[length - 1] == 0)
        {
            length--;
        }

        return length;
    }

    /// <summary>Divides the number by 10^<paramref name="digits"/>, half away from zero (the first digit dropped decides); returns its length.</summary>
    private static int DivideRounding(Span<uint> number, int length, int digits)
    {
        if (digits <= 0)
        {
            return length;
        }

        // Drop all but the last digit in steps of up to 10^9, then the last alone: its remainder decides.
        var rest = digits - 1;
        while (rest > 0)
        {
            var step = Math.Min(rest, 9);
            length = DivideSmall(number, length, Pow10[step], out _);
            rest -= step;
        }

        length = DivideSmall(number, length, 10, out var last);
        if (last >= 5)
        {
            for (var i = 0; ; i++)
            {
                if (i == length)
                {
                    number[i] = 1;
                    length++;
                    break;
                }

                if (++number[i] != 0)
                {
                    break;
                }
            }
        }

        return length;
    }

    private static readonly uint[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    private static int DivideSmall(Span<uint> number, int length, uint divisor, out uint remainder)
    {
        ulong rem = 0;
        for (var i = length - 1; i >= 0; i--)
        {
            var current = (rem << 32) | number[i];
            number[i] = (uint)(current / divisor);
            rem = current % divisor;
        }

        remainder = (uint)rem;
        return Trim(number, length);
    }
}
