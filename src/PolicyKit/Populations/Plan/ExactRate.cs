using PolicyKit.Populations.Columns;
using PolicyKit.Semantics;

namespace PolicyKit.Populations.Plan;

/// <summary>
/// A rate of a number column (optionally capped, no modifiers) in 64-bit integers: the exact
/// amount is <c>rate × x / 10^k</c> for the stored integer <c>x</c>, rounded once to the fen with
/// <see cref="Money.RoundQuotient"/>, exactly as the decimal path rounds. Falls back (returns false)
/// when a product would not fit, so the decimal path decides those firms.
/// </summary>
internal sealed class ExactRate
{
    private readonly NumberColumn? _column;
    private readonly long _rate;
    private readonly long _divisor;
    private readonly ulong _reciprocal;
    private readonly long _capUnits;
    private readonly long _capFen;
    private readonly bool _hasCap;

    private ExactRate(NumberColumn? column, long rate, long divisor, bool hasCap, long capUnits, long capFen, RawAward unknownBase)
    {
        UnknownEligible = ColumnarAward.Finish(unknownBase, true, []);
        UnknownUndetermined = ColumnarAward.Finish(unknownBase, false, []);
        _column = column;
        _rate = rate;
        _divisor = divisor;

        // floor(2^64 / divisor): the quotient as a multiply-high, at most one short (corrected in TryFen).
        _reciprocal = divisor > 1 ? (ulong)((UInt128.One << 64) / (ulong)divisor) : 0;
        _hasCap = hasCap;
        _capUnits = capUnits;
        _capFen = capFen;
    }

    public static ExactRate? TryCreate(AwardNode node)
    {
        if (node is not AwardNode.RateNode rateNode || rateNode.Column is { Storage: NumberStorage.Decimal })
        {
            return null;
        }

        // rate = mantissa / 10^scale; the amount in units of 10^-(scale + k) yuan is mantissa × x.
        var bits = decimal.GetBits(rateNode.Rate);
        if (bits[1] != 0 || bits[2] != 0)
        {
            return null;
        }

        var mantissa = (long)(uint)bits[0] * (rateNode.Rate < 0 ? -1 : 1);
        var units = ((bits[3] >> 16) & 0xFF) + (rateNode.Column?.Scale ?? 0);

        // Amounts are whole fen when units ≤ 2; otherwise divide by 10^(units - 2) with rounding.
        if (units > 18)
        {
            return null;
        }

        var divisor = units <= 2 ? 1 : (long)NumberColumn.Power(units - 2);
        long capUnits = 0, capFen = 0;
        if (rateNode.CapValue is { } cap)
        {
            var scaled = cap * NumberColumn.Power(units);
            if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue || scaled < long.MinValue)
            {
                return null;
            }

            capUnits = (long)scaled;
            capFen = Money.Fen(cap);
        }

        return units < 2 && rateNode.CapValue is not null
            ? null
            : new ExactRate(rateNode.Column, mantissa, units <= 2 ? -(long)NumberColumn.Power(2 - units) : divisor, rateNode.CapValue is not null, capUnits, capFen, AwardFigures.Rate(rateNode.Rate, null, rateNode.CapValue));
    }

    public NumberColumn? Column => _column;

    /// <summary>The figures of an eligible firm whose base is unknown.</summary>
    public FirmAward UnknownEligible { get; }

    /// <summary>The figures of an undetermined firm whose base is unknown.</summary>
    public FirmAward UnknownUndetermined { get; }

    public bool TryCompute(int firm, bool eligible, out FirmAward award)
    {
        if (_column is null || !_column.IsKnown(firm))
        {
            award = eligible ? UnknownEligible : UnknownUndetermined;
            return true;
        }

        if (!TryFen(_column.RawAt(firm), out var fen, out var capped))
        {
            award = default;
            return false;
        }

        award = new FirmAward(fen, fen, eligible, true, capped);
        return true;
    }

    /// <summary>The award in fen for the stored integer <paramref name="x"/>; false when a product would overflow.</summary>
    public bool TryFen(long x, out long fen) => TryFen(x, out fen, out _);

    /// <summary>The award in fen for the stored integer <paramref name="x"/>, and whether the cap bound it; false when a product would overflow.</summary>
    public bool TryFen(long x, out long fen, out bool capped)
    {
        capped = false;
        var high = Math.BigMul(x, _rate, out var product);
        if ((high != 0 || product < 0) && (high != -1 || product >= 0))
        {
            fen = 0;
            return false;
        }

        if (_hasCap && AwardFigures.Binds(product, _capUnits))
        {
            capped = true;
            fen = _capFen;
            return true;
        }

        if (_divisor < 0)
        {
            // Fewer than two places: whole fen by multiplying.
            var highFen = Math.BigMul(product, -_divisor, out fen);
            return (highFen == 0 && fen >= 0) || (highFen == -1 && fen < 0);
        }

        if (_divisor == 1)
        {
            fen = product;
            return true;
        }

        // |product| / divisor without a division: q = high(|product| × floor(2^64 / d)) is the
        // quotient or one less (the reciprocal is short by under 1, so the product by under |product| / 2^64 < 1).
        var divisor = (ulong)_divisor;
        var magnitude = product < 0 ? unchecked((ulong)-product) : (ulong)product;
        var quotient = Math.BigMul(magnitude, _reciprocal, out _);
        var rest = magnitude - (quotient * divisor);
        if (rest >= divisor)
        {
            quotient++;
            rest -= divisor;
        }

        quotient = Money.RoundQuotient(quotient, rest, divisor);
        fen = product < 0 ? -(long)quotient : (long)quotient;
        return true;
    }
}
