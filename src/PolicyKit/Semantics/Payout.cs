using System.Numerics;
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

    /// <summary>The amount and up-to paid, rounded to the fen; allocates nothing unless a product needs more than decimal's 28 digits.</summary>
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

    /// <summary>The product in integers (mantissa and scale), beyond decimal's 28 digits, rounded once to the fen.</summary>
    private static decimal? Exact(decimal value, ReadOnlySpan<PayoutRatio> ratios, bool onAmount)
    {
        var (mantissa, scale) = Split(value);
        foreach (var ratio in ratios)
        {
            var (a, u) = Factors(ratio);
            if ((onAmount ? a : u) is not { } f)
            {
                return null;
            }

            var (m, s) = Split(f);
            mantissa *= m;
            scale += s;
        }

        return ToFen(mantissa, scale);
    }

    private static (BigInteger Mantissa, int Scale) Split(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return (value < 0 ? -magnitude : magnitude, value.Scale);
    }

    /// <summary>
    /// mantissa × 10^-scale rounded to the fen, half away from zero. A result too large for two decimals
    /// in decimal's 96 bits (beyond about 7.9e26 yuan) keeps as many as fit.
    /// </summary>
    private static decimal ToFen(BigInteger mantissa, int scale)
    {
        var negative = mantissa.Sign < 0;
        var magnitude = BigInteger.Abs(mantissa);
        var keep = Math.Min(scale, 2);
        magnitude = RoundDown(magnitude, scale - keep);
        var max = (BigInteger.One << 96) - 1;
        while (magnitude > max && keep > 0)
        {
            magnitude = RoundDown(magnitude, 1);
            keep--;
        }

        if (magnitude > max)
        {
            return negative ? decimal.MinValue : decimal.MaxValue;
        }

        var lo = (int)(uint)(magnitude & uint.MaxValue);
        var mid = (int)(uint)((magnitude >> 32) & uint.MaxValue);
        var hi = (int)(uint)(magnitude >> 64);
        return new decimal(lo, mid, hi, negative && !magnitude.IsZero, (byte)keep);
    }

    /// <summary><paramref name="magnitude"/> divided by 10^<paramref name="digits"/>, half away from zero.</summary>
    private static BigInteger RoundDown(BigInteger magnitude, int digits)
    {
        if (digits <= 0)
        {
            return magnitude;
        }

        var divisor = BigInteger.Pow(10, digits);
        var quotient = BigInteger.DivRem(magnitude, divisor, out var rest);
        return rest * 2 >= divisor ? quotient + 1 : quotient;
    }
}
