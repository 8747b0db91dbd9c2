using System.Collections.Immutable;
using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Semantics;

namespace PolicyKit.Compilation;

/// <summary>An award rule with its facts resolved to slots; the figures are <see cref="AwardFigures"/> and <see cref="Semantics.Tiers"/>.</summary>
internal abstract class CompiledAward
{
    public abstract RawAward Compute(ReadOnlySpan<FactValue> values);

    public static CompiledAward Compile(AwardRule rule, FactSchema schema) => AwardForms.Build<CompiledAward, Forms>(rule, new Forms(schema));

    private static decimal? Number(ReadOnlySpan<FactValue> values, int slot) =>
        (uint)slot < (uint)values.Length && values[slot].IsKnown ? values[slot].RawNumber : null;

    private readonly struct Forms(FactSchema schema) : IAwardForms<CompiledAward>
    {
        public CompiledAward Constant(RawAward figures) => new Constant(figures);

        public CompiledAward Rate(decimal rate, string baseFactId, decimal? cap) => new Rate(rate, schema.SlotOf(baseFactId), cap);

        public CompiledAward PerUnit(decimal amount, string quantityFactId, decimal? cap) => new PerUnit(amount, schema.SlotOf(quantityFactId), cap);

        public CompiledAward Capped(CompiledAward inner, decimal cap) => new Capped(inner, cap);

        public CompiledAward Tiers(string factId, ImmutableArray<TierBand> bands) => new Tiers(schema.SlotOf(factId), [.. bands]);
    }

    private sealed class Constant(RawAward award) : CompiledAward
    {
        public override RawAward Compute(ReadOnlySpan<FactValue> values) => award;
    }

    private sealed class Rate(decimal rate, int slot, decimal? cap) : CompiledAward
    {
        public override RawAward Compute(ReadOnlySpan<FactValue> values) => AwardFigures.Rate(rate, Number(values, slot), cap);
    }

    private sealed class PerUnit(decimal amount, int slot, decimal? cap) : CompiledAward
    {
        public override RawAward Compute(ReadOnlySpan<FactValue> values) => AwardFigures.PerUnit(amount, Number(values, slot), cap);
    }

    private sealed class Capped(CompiledAward inner, decimal cap) : CompiledAward
    {
        public override RawAward Compute(ReadOnlySpan<FactValue> values) => AwardFigures.Cap(inner.Compute(values), cap);
    }

    private sealed class Tiers(int slot, TierBand[] bands) : CompiledAward
    {
        private readonly RawAward _unknown = Semantics.Tiers.Unknown(bands);

        public override RawAward Compute(ReadOnlySpan<FactValue> values) =>
            Number(values, slot) is { } value ? Semantics.Tiers.Figures(bands, Semantics.Tiers.Choose(bands, value)) : _unknown;
    }
}
