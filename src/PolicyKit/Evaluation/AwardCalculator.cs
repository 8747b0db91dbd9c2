using System.Collections.Immutable;
using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Modifiers;
using PolicyKit.Profiles;
using PolicyKit.Semantics;
using PolicyKit.Text;

namespace PolicyKit.Evaluation;

/// <summary>A modifier with the slot of its fact in the catalog's schema.</summary>
internal readonly record struct BoundModifier(PayoutModifier Modifier, int Slot)
{
    /// <summary>The fact the modifier reads, for the labels of its text.</summary>
    public FactDefinition? Fact { get; init; }

    /// <summary>What an unknown code multiplies the up-to by (<see cref="Payout.UnknownFactor"/>); 1 when not set.</summary>
    public decimal UnknownFactor { get; init; } = 1m;
}

/// <summary>Computes awards (specification §3) for one profile: the rule's figures, then modifiers, then one rounding to the fen.</summary>
internal static class AwardCalculator
{
    public static RawAward Compute(AwardRule rule, EnterpriseProfile profile) =>
        AwardForms.Build<RawAward, ProfileFigures>(rule, new ProfileFigures(profile));

    /// <summary>
    /// Applies the modifiers to a raw award and rounds once. For an undetermined decision only the
    /// up-to is kept. A modifier whose fact is unknown leaves the amount unknown and counts the
    /// most its ratio could be in the up-to (<see cref="Payout.UnknownFactor"/>).
    /// </summary>
    /// <param name="text">The award in words.</param>
    /// <param name="raw">The rule's figures.</param>
    /// <param name="verdict">Eligible or undetermined.</param>
    /// <param name="modifiers">The modifiers that scale the policy, with the slots of their facts.</param>
    /// <param name="values">The profile's values, over the catalog's schema.</param>
    public static AwardOutcome Finish(LocalizedText text, RawAward raw, Verdict verdict, ImmutableArray<BoundModifier> modifiers, ReadOnlySpan<FactValue> values)
    {
        var (amount, upTo) = Scale(raw, verdict, modifiers, values);
        var applied = ImmutableArray<AppliedModifier>.Empty;
        if (raw.Monetary && !modifiers.IsEmpty)
        {
            var builder = ImmutableArray.CreateBuilder<AppliedModifier>(modifiers.Length);
            foreach (var bound in modifiers)
            {
                var (modifier, slot) = bound;
                var code = slot < values.Length ? values[slot] : default;
                var ratio = RatioOf(bound, code).Ratio;
                builder.Add(new AppliedModifier(modifier.Id, modifier.FactId, code.IsKnown ? code.AsString() : null, ratio, ReasonText.Modifier(modifier, bound.Fact, code, ratio, bound.UnknownFactor)));
            }

            applied = builder.MoveToImmutable();
        }

        return new AwardOutcome(amount, upTo, raw.Capped, raw.Monetary, applied, text, raw.Unstated);
    }

    /// <summary>The amount and up-to after modifiers, rounded once to the fen; allocates nothing.</summary>
    public static (decimal? Amount, decimal? UpTo) Scale(RawAward raw, Verdict verdict, ImmutableArray<BoundModifier> modifiers, ReadOnlySpan<FactValue> values)
    {
        Span<PayoutRatio> ratios = modifiers.Length <= 16 ? stackalloc PayoutRatio[modifiers.Length] : new PayoutRatio[modifiers.Length];
        for (var m = 0; m < modifiers.Length; m++)
        {
            var slot = modifiers[m].Slot;
            ratios[m] = RatioOf(modifiers[m], slot < values.Length ? values[slot] : default);
        }

        return Payout.Finish(raw, verdict == Verdict.Eligible, ratios);
    }

    private static PayoutRatio RatioOf(BoundModifier bound, FactValue code) => Payout.RatioOf(bound.Modifier, bound.UnknownFactor, code.IsKnown ? code.RawString : null);

    /// <summary>The figures of each award form for one profile, read by fact id.</summary>
    private readonly struct ProfileFigures(EnterpriseProfile profile) : IAwardForms<RawAward>
    {
        public RawAward Constant(RawAward figures) => figures;

        public RawAward Rate(decimal rate, string baseFactId, decimal? cap) => AwardFigures.Rate(rate, NumberOf(baseFactId), cap);

        public RawAward PerUnit(decimal amount, string quantityFactId, decimal? cap) => AwardFigures.PerUnit(amount, NumberOf(quantityFactId), cap);

        public RawAward Capped(RawAward inner, decimal cap) => AwardFigures.Cap(inner, cap);

        public RawAward Tiers(string factId, ImmutableArray<TierBand> bands) => Semantics.Tiers.Of(bands.AsSpan(), NumberOf(factId));

        private decimal? NumberOf(string factId) => profile.Get(factId) is { IsKnown: true } value ? value.AsNumber() : null;
    }
}
