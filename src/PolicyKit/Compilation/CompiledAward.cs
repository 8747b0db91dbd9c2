using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;

namespace PolicyKit.Compilation;

/// <summary>An award rule with its facts resolved to slots; same arithmetic as <see cref="AwardCalculator"/>.</summary>
internal abstract class CompiledAward
{
    public abstract RawAward Compute(ReadOnlySpan<FactValue> values);

    public static CompiledAward Compile(AwardRule rule, FactSchema schema) => rule switch
    {
        NoAward or TaxReductionAward { Of: null } => new Constant(RawAward.NonMonetary),
        FixedAward f => new Constant(new(f.Amount, f.Amount, false, true)),
        UpToAward u => new Constant(new(null, u.Cap, true, true)),
        RateAward r => new Rate(r.Rate, schema.SlotOf(r.Of), r.Cap),
        CappedAward c => new Capped(Compile(c.Inner, schema), c.Cap),
        TieredAward t => new Tiers(schema.SlotOf(t.FactId), [.. t.Bands]),
        TaxReductionAward x => new Rate(x.Share, schema.SlotOf(x.Of!), null),
        _ => throw new InvalidOperationException($"unexpected award rule {rule.GetType().Name}."),
    };

    private static FactValue Read(ReadOnlySpan<FactValue> values, int slot) => (uint)slot < (uint)values.Length ? values[slot] : default;

    private sealed class Constant(RawAward award) : CompiledAward
    {
        public override RawAward Compute(ReadOnlySpan<FactValue> values) => award;
    }

    private sealed class Rate(decimal rate, int slot, decimal? cap) : CompiledAward
    {
        public override RawAward Compute(ReadOnlySpan<FactValue> values)
        {
            var value = Read(values, slot);
            decimal? amount = value.IsKnown ? rate * value.RawNumber : null;
            var raw = new RawAward(amount, amount, false, true);
            return cap is { } c ? AwardCalculator.Cap(raw, c) : raw;
        }
    }

    private sealed class Capped(CompiledAward inner, decimal cap) : CompiledAward
    {
        public override RawAward Compute(ReadOnlySpan<FactValue> values) => AwardCalculator.Cap(inner.Compute(values), cap);
    }

    private sealed class Tiers(int slot, TierBand[] bands) : CompiledAward
    {
        private readonly decimal _max = bands.Length == 0 ? 0m : bands.Max(b => b.Amount);

        public override RawAward Compute(ReadOnlySpan<FactValue> values)
        {
            var value = Read(values, slot);
            if (!value.IsKnown)
            {
                return new(null, _max, false, true);
            }

            TierBand? best = null;
            foreach (var band in bands)
            {
                if (band.From <= value.RawNumber && (best is null || band.From >= best.From))
                {
                    best = band;
                }
            }

            var amount = best?.Amount ?? 0m;
            return new(amount, amount, false, true);
        }
    }
}
