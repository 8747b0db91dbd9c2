using System.Numerics;
using System.Runtime.CompilerServices;

namespace PolicyKit.Semantics;

/// <summary>
/// Money in yuan (<see cref="decimal"/>) and in fen (<see cref="long"/>, the columnar path):
/// rounding to the fen, half away from zero, once at the end (specification §3), and sums that
/// hold at their type's range instead of throwing, since data must never make evaluation throw.
/// </summary>
internal static class Money
{
    /// <summary>The largest amount a fen count holds, in yuan (92,233,720,368,547,758.07).</summary>
    private const decimal MaxFenYuan = long.MaxValue / 100m;

    /// <summary>The smallest amount a fen count holds, in yuan.</summary>
    private const decimal MinFenYuan = long.MinValue / 100m;

    /// <summary>Rounds yuan to the fen, half away from zero.</summary>
    public static decimal Round(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The integer form of <see cref="Round(decimal)"/>: a magnitude divided with <paramref name="quotient"/>
    /// and <paramref name="rest"/> (0 ≤ rest &lt; divisor ≤ 10^18), rounded to a whole count as
    /// yuan are rounded to the fen. The rounding is symmetric, so the caller puts the sign back after.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong RoundQuotient(ulong quotient, ulong rest, ulong divisor) => quotient + (rest * 2 >= divisor ? 1UL : 0UL);

    /// <summary>Yuan rounded to the fen, as a count of fen held at <see cref="long"/>'s range.</summary>
    public static long Fen(decimal yuan) => FenOfRounded(Round(yuan));

    /// <summary>
    /// Yuan already rounded to the fen (as <see cref="Payout.Finish"/> gives them), as a count of fen
    /// held at <see cref="long"/>'s range; rounding once is cheaper on the columnar path's per-firm fallback.
    /// </summary>
    public static long FenOfRounded(decimal rounded) =>
        rounded >= MaxFenYuan ? long.MaxValue : rounded <= MinFenYuan ? long.MinValue : (long)(rounded * 100m);

    /// <summary>
    /// <paramref name="sum"/> plus <paramref name="value"/>, held at <typeparamref name="T"/>'s
    /// largest or smallest value when it would leave the range (decimal yuan: about ±7.9e28).
    /// </summary>
    public static T Add<T>(T sum, T value)
        where T : INumber<T>, IMinMaxValue<T>
    {
        try
        {
            return checked(sum + value);
        }
        catch (OverflowException)
        {
            return T.IsPositive(value) ? T.MaxValue : T.MinValue;
        }
    }
}
