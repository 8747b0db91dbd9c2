using System.Collections.Immutable;
using PolicyKit.Awards;
using PolicyKit.Modifiers;
using PolicyKit.Populations.Columns;
using PolicyKit.Semantics;

namespace PolicyKit.Populations.Plan;

/// <summary>One firm's award for one policy, after modifiers, rounded to the fen, in fen; <c>Capped</c> as the per-profile award's.</summary>
internal readonly record struct FirmAward(long Amount, long UpTo, bool HasAmount, bool HasUpTo, bool Capped = false);

/// <summary>
/// A policy's award over a population (specification §3): the figures of <see cref="AwardFigures"/>,
/// <see cref="Tiers"/> and <see cref="Payout"/>, rounded once to the fen and then held as integer
/// fen. An award that does not depend on the firm is computed once (<see cref="IsUniform"/>); one
/// that depends only on modifier codes is a table by code; the rest (rates, tiers) are computed per firm.
/// </summary>
/// <remarks>A firm's figure beyond a fen count's range (±92 quadrillion yuan) holds at it (<see cref="Money.Fen"/>).</remarks>
internal sealed class ColumnarAward
{
    private const int MaxTable = 4096;
    private readonly AwardNode _node;
    private readonly ModifierInput[] _modifiers;
    private readonly FirmAward[]? _eligibleTable;
    private readonly FirmAward[]? _undeterminedTable;
    private readonly IClassified? _classified;
    private readonly int _keys = 1;
    private readonly ExactRate? _rate;
    private readonly ExactRate[]? _rateByKey;
    private readonly bool[]? _amountByKey;

    public ColumnarAward(AwardRule rule, IReadOnlyList<PayoutModifier> modifiers, Population population)
    {
        _node = AwardNode.Compile(rule, population);
        Monetary = !_node.IsConstant || _node.Constant.Monetary;
        _modifiers = [.. modifiers.Select(m => new ModifierInput(
            m,
            population.ColumnOf(m.FactId) as CodeColumn,
            Payout.UnknownFactor(m, population.Schema.TryGet(m.FactId, out var fact, out _) ? fact : null)))];
        if (!Monetary)
        {
            return;
        }

        var size = _modifiers.Aggregate(1L, (n, m) => n * m.Radix);
        if (!_node.IsConstant)
        {
            if (_modifiers.Length == 0 && ExactRate.TryCreate(_node) is { } rate)
            {
                _rate = rate;
            }
            else if (_modifiers.Length > 0 && _node is AwardNode.RateNode rateNode && size <= MaxTable && RatesByKey(rateNode, (int)size) is { } byKey)
            {
                // A rate scaled by modifiers is a rate of rate × ratio: one exact integer rate per modifier key.
                (_rateByKey, _amountByKey) = byKey;
            }
            else if (_node is IClassified classified && size * classified.ClassCount <= MaxTable)
            {
                // Tiers: the figures depend only on the band (and modifier codes): a table by band and key.
                _classified = classified;
                _keys = (int)size;
                (_eligibleTable, _undeterminedTable) = Tables(_keys, key => classified.RawOf(key / (int)size), key => key % (int)size);
            }

            return;
        }

        if (_modifiers.Length == 0)
        {
            IsUniform = true;
            Eligible = Finish(_node.Constant, true, []);
            Undetermined = Finish(_node.Constant, false, []);
            return;
        }

        if (size > MaxTable)
        {
            return;
        }

        var constant = _node.Constant;
        (_eligibleTable, _undeterminedTable) = Tables((int)size, _ => constant, key => key);
    }

    /// <summary>Figures for every table entry: the raw award of the entry and its modifier key.</summary>
    private (FirmAward[] Eligible, FirmAward[] Undetermined) Tables(int size, Func<int, RawAward> rawOf, Func<int, int> keyOf)
    {
        var eligible = new FirmAward[size * (_classified?.ClassCount ?? 1)];
        var undetermined = new FirmAward[eligible.Length];
        var ratios = new PayoutRatio[_modifiers.Length];
        for (var entry = 0; entry < eligible.Length; entry++)
        {
            var rest = keyOf(entry);
            for (var m = 0; m < _modifiers.Length; m++)
            {
                ratios[m] = _modifiers[m].RatioOfKeyDigit(rest % _modifiers[m].Radix);
                rest /= _modifiers[m].Radix;
            }

            eligible[entry] = Finish(rawOf(entry), true, ratios);
            undetermined[entry] = Finish(rawOf(entry), false, ratios);
        }

        return (eligible, undetermined);
    }

    /// <summary>
    /// Per modifier key, the rate scaled by the key's ratios (<see cref="Payout.Factors"/>: an unknown
    /// code scales the up-to by the most the ratio could be, and leaves no amount); null when one of them is
    /// not exact in integers, a capped rate meets a negative ratio (the cap would no longer scale
    /// with the rate), or a ratio scales amount and up-to differently.
    /// </summary>
    private (ExactRate[] Rates, bool[] HasAmount)? RatesByKey(AwardNode.RateNode node, int size)
    {
        var rates = new ExactRate[size];
        var hasAmount = new bool[size];
        for (var key = 0; key < size; key++)
        {
            var rest = key;
            var ratio = 1m;
            var known = true;
            foreach (var m in _modifiers)
            {
                var (onAmount, onUpTo) = Payout.Factors(m.RatioOfKeyDigit(rest % m.Radix));
                rest /= m.Radix;
                if (onAmount is { } a && a != onUpTo)
                {
                    return null;
                }

                known &= onAmount is not null;
                if (!Payout.TryMultiplyExact(ratio, onUpTo, out ratio))
                {
                    return null;
                }
            }

            // The scaled rate and cap must be exact, or the integer path would round before the end (§3.17).
            var scaledCap = 0m;
            // A zero ratio would hide whether the cap bound the unscaled rate (the award's capped flag).
            if ((node.CapValue is not null && ratio <= 0)
                || !Payout.TryMultiplyExact(node.Rate, ratio, out var scaledRate)
                || (node.CapValue is { } cap && !Payout.TryMultiplyExact(cap, ratio, out scaledCap))
                || ExactRate.TryCreate(new AwardNode.RateNode(scaledRate, node.Column, node.CapValue is null ? null : scaledCap)) is not { } rate)
            {
                return null;
            }

            rates[key] = rate;
            hasAmount[key] = known;
        }

        return (rates, hasAmount);
    }

    /// <summary>Whether the award is money at all (a non-monetary award adds nothing anywhere).</summary>
    public bool Monetary { get; }

    /// <summary>Whether the award is money of an amount the sources do not state (every firm alike).</summary>
    public bool Unstated => _node.IsConstant && _node.Constant.Unstated;

    /// <summary>Whether every firm gets the same figures: <see cref="Eligible"/> and <see cref="Undetermined"/>.</summary>
    public bool IsUniform { get; }

    public FirmAward Eligible { get; }

    public FirmAward Undetermined { get; }

    /// <summary>
    /// For a constant award scaled by exactly one modifier: the modifier's code column (null when
    /// no firm knows it) and the figures by key digit (0 unknown, 1 + the code's id); else null.
    /// </summary>
    public (CodeColumn? Column, FirmAward[] Eligible, FirmAward[] Undetermined)? ByCode =>
        _node.IsConstant && _eligibleTable is not null && _modifiers.Length == 1
            ? (_modifiers[0].Column, _eligibleTable, _undeterminedTable!)
            : null;

    /// <summary>A rate of one column without modifiers, computed in integers, or null.</summary>
    public ExactRate? Rate => _rate;

    /// <summary>
    /// A rate scaled by exactly one modifier, in integers: the modifier's code column (null when no
    /// firm knows it), the rate by key digit (0 unknown, 1 + the code's id) and whether that digit
    /// pays an amount (an unknown code only bounds the up-to); else null.
    /// </summary>
    public (CodeColumn? Column, ExactRate[] Rates, bool[] HasAmount)? RateByCode =>
        _rateByKey is not null && _modifiers.Length == 1 ? (_modifiers[0].Column, _rateByKey, _amountByKey!) : null;

    /// <summary>Tier bands without modifiers: the classifier and the figures by band class; else null.</summary>
    public (IClassified Classifier, FirmAward[] Eligible, FirmAward[] Undetermined)? ByClass =>
        _classified is not null && _keys == 1 ? (_classified, _eligibleTable!, _undeterminedTable!) : null;

    public FirmAward Compute(int firm, bool eligible)
    {
        if (IsUniform)
        {
            return eligible ? Eligible : Undetermined;
        }

        if (_rate is not null && _rate.TryCompute(firm, eligible, out var exact))
        {
            return exact;
        }

        if (_rateByKey is not null)
        {
            var key = KeyOf(firm);
            if (_rateByKey[key].TryCompute(firm, eligible && _amountByKey![key], out var scaled))
            {
                return scaled;
            }
        }

        if (_eligibleTable is not null)
        {
            var key = KeyOf(firm);
            if (_classified is not null)
            {
                key += _classified.ClassOf(firm) * _keys;
            }

            return eligible ? _eligibleTable[key] : _undeterminedTable![key];
        }

        Span<PayoutRatio> ratios = stackalloc PayoutRatio[_modifiers.Length];
        for (var m = 0; m < _modifiers.Length; m++)
        {
            ratios[m] = _modifiers[m].RatioOfKeyDigit(_modifiers[m].KeyDigitOf(firm));
        }

        return Finish(_node.Compute(firm), eligible, ratios);
    }

    /// <summary>The firm's modifier key: its modifiers' key digits, the first modifier lowest.</summary>
    private int KeyOf(int firm)
    {
        var key = 0;
        var radix = 1;
        foreach (var m in _modifiers)
        {
            key += m.KeyDigitOf(firm) * radix;
            radix *= m.Radix;
        }

        return key;
    }

    /// <summary>A firm's figures in fen, after <paramref name="ratios"/> (<see cref="Payout.Finish"/>).</summary>
    internal static FirmAward Finish(RawAward raw, bool eligible, ReadOnlySpan<PayoutRatio> ratios)
    {
        var (amount, upTo) = Payout.Finish(raw, eligible, ratios);
        return new FirmAward(
            amount is { } a ? Money.FenOfRounded(a) : 0,
            upTo is { } u ? Money.FenOfRounded(u) : 0,
            amount is not null,
            upTo is not null,
            raw.Capped);
    }

    /// <summary>A modifier with the column of its code: key digit 0 is unknown, 1 + id a code of the column.</summary>
    private sealed class ModifierInput
    {
        private readonly PayoutRatio[] _ratioByDigit;

        public ModifierInput(PayoutModifier modifier, CodeColumn? column, decimal unknownFactor)
        {
            Modifier = modifier;
            Column = column;
            var values = column?.Values ?? [];
            _ratioByDigit = [Payout.RatioOf(modifier, unknownFactor, null), .. values.Select(v => Payout.RatioOf(modifier, unknownFactor, v))];
        }

        public PayoutModifier Modifier { get; }

        public CodeColumn? Column { get; }

        public int Radix => _ratioByDigit.Length;

        public int KeyDigitOf(int firm) => Column is { } c && c.IsKnown(firm) ? 1 + c.IdAt(firm) : 0;

        public PayoutRatio RatioOfKeyDigit(int digit) => _ratioByDigit[digit];
    }
}

/// <summary>An award rule's figures before modifiers, per firm; constant when it reads no column.</summary>
internal abstract class AwardNode
{
    public bool IsConstant { get; protected init; }

    public RawAward Constant { get; protected init; }

    public abstract RawAward Compute(int firm);

    public static AwardNode Compile(AwardRule rule, Population population) => AwardForms.Build<AwardNode, Forms>(rule, new Forms(population));

    private static NumberColumn? Number(Population population, string factId) => population.ColumnOf(factId) switch
    {
        null => null,
        NumberColumn n => n,
        var other => throw new ArgumentException($"the award reads fact '{factId}' as a number, but the population holds it as {other.Fact.Type}.", nameof(population)),
    };

    private readonly struct Forms(Population population) : IAwardForms<AwardNode>
    {
        public AwardNode Constant(RawAward figures) => new ConstantNode(figures);

        public AwardNode Rate(decimal rate, string baseFactId, decimal? cap) => new RateNode(rate, Number(population, baseFactId), cap);

        public AwardNode PerUnit(decimal amount, string quantityFactId, decimal? cap) => new PerUnitNode(amount, Number(population, quantityFactId), cap);

        public AwardNode Capped(AwardNode inner, decimal cap) => inner.IsConstant
            ? new ConstantNode(AwardFigures.Cap(inner.Constant, cap))
            : new CappedNode(inner, cap);

        public AwardNode Tiers(string factId, ImmutableArray<TierBand> bands) => new TiersNode(Number(population, factId), [.. bands]);
    }

    private sealed class ConstantNode : AwardNode
    {
        public ConstantNode(RawAward award)
        {
            IsConstant = true;
            Constant = award;
        }

        public override RawAward Compute(int firm) => Constant;
    }

    internal sealed class RateNode(decimal rate, NumberColumn? column, decimal? cap) : AwardNode
    {
        public decimal Rate => rate;

        public NumberColumn? Column => column;

        public decimal? CapValue => cap;

        public override RawAward Compute(int firm) =>
            AwardFigures.Rate(rate, column is not null && column.IsKnown(firm) ? column.ValueAt(firm) : null, cap);
    }

    /// <summary>An amount per unit of a quantity column: computed per firm (<see cref="AwardFigures.PerUnit"/>).</summary>
    private sealed class PerUnitNode(decimal amount, NumberColumn? column, decimal? cap) : AwardNode
    {
        public override RawAward Compute(int firm) =>
            AwardFigures.PerUnit(amount, column is not null && column.IsKnown(firm) ? column.ValueAt(firm) : null, cap);
    }

    private sealed class CappedNode(AwardNode inner, decimal cap) : AwardNode, IClassified
    {
        public AwardNode Inner => inner;

        public decimal Cap => cap;

        public int ClassCount => inner is IClassified c ? c.ClassCount : int.MaxValue / 8192;

        public override RawAward Compute(int firm) => AwardFigures.Cap(inner.Compute(firm), cap);

        public int ClassOf(int firm) => ((IClassified)inner).ClassOf(firm);

        public RawAward RawOf(int cls) => AwardFigures.Cap(((IClassified)inner).RawOf(cls), cap);

        public void ClassMasks(int start, int count, ReadOnlySpan<ulong> valid, Span<ulong> masks, SimdWidth width) =>
            ((IClassified)inner).ClassMasks(start, count, valid, masks, width);
    }

    private sealed class TiersNode : AwardNode, IClassified
    {
        private readonly NumberColumn? _column;
        private readonly TierBand[] _bands;
        private readonly RawAward _unknown;
        private readonly TierBand[] _sorted;
        private readonly long[] _thresholds;

        public TiersNode(NumberColumn? column, TierBand[] bands)
        {
            _column = column;
            _bands = bands;
            _unknown = Semantics.Tiers.Unknown(bands);

            // The last band in this order whose threshold the firm reaches is the one chosen.
            _sorted = Semantics.Tiers.InOrder(bands);
            _thresholds = column is { Storage: not NumberStorage.Decimal }
                ? [.. _sorted.Select(b => Threshold(b.From, column.Scale))]
                : [];
        }

        /// <summary>0 unknown, 1 below every band, 2 + i the i-th band by threshold.</summary>
        public int ClassCount => _thresholds.Length == _sorted.Length && _column is { Storage: not NumberStorage.Decimal } ? _sorted.Length + 2 : int.MaxValue / 8192;

        public int ClassOf(int firm)
        {
            if (_column is null || !_column.IsKnown(firm))
            {
                return 0;
            }

            var raw = _column.RawAt(firm);
            for (var i = _thresholds.Length - 1; i >= 0; i--)
            {
                if (raw >= _thresholds[i])
                {
                    return 2 + i;
                }
            }

            return 1;
        }

        public RawAward RawOf(int cls) => cls == 0 ? _unknown : Semantics.Tiers.Figures(_sorted, cls - 2);

        public void ClassMasks(int start, int count, ReadOnlySpan<ulong> valid, Span<ulong> masks, SimdWidth width)
        {
            var words = valid.Length;
            var known = _column!.Known.AsSpan(start >> 6, words);
            Span<ulong> reach = stackalloc ulong[words];
            for (var w = 0; w < words; w++)
            {
                masks[w] = valid[w] & ~known[w];
                masks[words + w] = valid[w] & known[w];
            }

            // Band i holds the firms reaching threshold i and not threshold i + 1 (ascending).
            for (var i = 0; i < _thresholds.Length; i++)
            {
                Reach(start, count, _thresholds[i], reach, width);
                var band = masks.Slice((2 + i) * words, words);
                for (var w = 0; w < words; w++)
                {
                    var r = reach[w] & valid[w] & known[w];
                    band[w] = r;
                    masks[words + w] &= ~r;
                    if (i > 0)
                    {
                        masks[((1 + i) * words) + w] &= ~r;
                    }
                }
            }
        }

        private void Reach(int start, int count, long threshold, Span<ulong> bits, SimdWidth width)
        {
            var column = _column!;
            var (min, max) = column.Storage switch
            {
                NumberStorage.Byte => (0L, 255L),
                NumberStorage.Int32 => (int.MinValue, int.MaxValue),
                _ => (long.MinValue, long.MaxValue),
            };
            if (threshold > max)
            {
                bits.Clear();
                return;
            }

            var lo = Math.Max(threshold, min);
            switch (column.Storage)
            {
                case NumberStorage.Byte:
                    Kernels.Range(column.AsBytes.AsSpan(start, count), (byte)lo, (byte)0, true, false, bits, width);
                    break;
                case NumberStorage.Int32:
                    Kernels.Range(column.AsInt32.AsSpan(start, count), (int)lo, 0, true, false, bits, width);
                    break;
                default:
                    Kernels.Range(column.AsInt64.AsSpan(start, count), lo, 0L, true, false, bits, width);
                    break;
            }

            for (var w = (count + 63) >> 6; w < bits.Length; w++)
            {
                bits[w] = 0;
            }
        }

        /// <summary>The smallest scaled integer whose value reaches <paramref name="from"/> (<see cref="Semantics.Tiers.Reach"/>).</summary>
        private static long Threshold(decimal from, int scale)
        {
            try
            {
                var scaled = Comparisons.IntegerInterval(Semantics.Tiers.Reach, from * NumberColumn.Power(scale)).Lo;
                return scaled > long.MaxValue ? long.MaxValue : scaled < long.MinValue ? long.MinValue : (long)scaled;
            }
            catch (OverflowException)
            {
                return from > 0 ? long.MaxValue : long.MinValue;
            }
        }

        public override RawAward Compute(int firm) =>
            _column is not null && _column.IsKnown(firm) ? Semantics.Tiers.Figures(_bands, Semantics.Tiers.Choose(_bands, _column.ValueAt(firm))) : _unknown;
    }
}

/// <summary>An award whose figures depend only on which of a few classes the firm falls in (tier bands).</summary>
internal interface IClassified
{
    int ClassCount { get; }

    int ClassOf(int firm);

    RawAward RawOf(int cls);

    /// <summary>Writes one mask per class for a block (<paramref name="masks"/> holds ClassCount × words).</summary>
    void ClassMasks(int start, int count, ReadOnlySpan<ulong> valid, Span<ulong> masks, SimdWidth width);
}
