using System.Numerics;
using System.Runtime.CompilerServices;

namespace PolicyKit.Semantics;

/// <summary>The figures of the award forms before modifiers (specification §3).</summary>
internal static class AwardFigures
{
    /// <summary>A fixed sum: the amount, and the same as the most it can be.</summary>
    public static RawAward Fixed(decimal amount) => new(amount, amount, false, true);

    /// <summary>"At most" a cap (最高): no amount, the cap as the most it can be.</summary>
    public static RawAward UpTo(decimal cap) => new(null, cap, true, true);

    /// <summary>Money of an amount the sources do not state: no amount, no ceiling, and said so.</summary>
    public static RawAward Unstated => new(null, null, false, true, true);

    /// <summary>
    /// An amount per unit of a quantity, under a cap when one is given: a rate of the quantity
    /// (<see cref="Rate"/>) where a negative quantity counts as none and a product beyond
    /// <see cref="decimal"/>'s range holds at its largest value. An unknown quantity (null) leaves
    /// the amount unknown and the cap, or no ceiling, as the most it can be.
    /// </summary>
    public static RawAward PerUnit(decimal amount, decimal? quantity, decimal? cap)
    {
        if (quantity is not { } q)
        {
            return Rate(amount, null, cap);
        }

        decimal product;
        try
        {
            product = q <= 0m ? 0m : amount * q;
        }
        catch (OverflowException)
        {
            product = decimal.MaxValue;
        }

        var raw = new RawAward(product, product, false, true);
        return cap is { } c ? Cap(raw, c) : raw;
    }

    /// <summary>
    /// A rate of a base, under a cap when one is given. An unknown base (null) leaves the amount
    /// unknown and the cap as the most it can be; without a cap the award has no ceiling.
    /// </summary>
    public static RawAward Rate(decimal rate, decimal? baseValue, decimal? cap)
    {
        var amount = rate * baseValue;
        var raw = new RawAward(amount, amount, false, true);
        return cap is { } c ? Cap(raw, c) : raw;
    }

    /// <summary>
    /// The smaller of an award and a cap; an award without an amount is at most the cap (or its own
    /// lower up-to). A capped award of unstated amount is an up-to the cap, no longer unstated.
    /// </summary>
    public static RawAward Cap(RawAward inner, decimal cap)
    {
        if (!inner.Monetary)
        {
            return new(null, cap, true, true);
        }

        if (inner.Amount is { } amount)
        {
            return Binds(amount, cap) ? new(cap, cap, true, true) : inner;
        }

        return inner.UpTo is { } upTo && !Binds(upTo, cap) ? inner : new(null, cap, true, true);
    }

    /// <summary>Whether a cap binds an amount (in yuan, or in any exact integer unit of both).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Binds<T>(T amount, T cap)
        where T : INumber<T> => amount > cap;
}
