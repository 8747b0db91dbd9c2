using System.Collections.Immutable;
using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Modifiers;
using PolicyKit.Profiles;
using PolicyKit.Text;

namespace PolicyKit.Evaluation;

/// <summary>An award before modifiers and rounding: exact decimals.</summary>
/// <param name="Amount">The sum the rule gives, when determined.</param>
/// <param name="UpTo">The most it can be, or null when the rule states no ceiling.</param>
/// <param name="Capped">Whether the figure reported (amount, else up-to) is a cap.</param>
/// <param name="Monetary">Whether the award is money at all.</param>
internal readonly record struct RawAward(decimal? Amount, decimal? UpTo, bool Capped, bool Monetary)
{
    public static RawAward NonMonetary => new(null, null, false, false);
}

/// <summary>Computes awards (DESIGN §3): the rule's figures, then modifiers, then one rounding to the fen.</summary>
/// <summary>A modifier with the slot of its fact in the catalog's schema.</summary>
internal readonly record struct BoundModifier(PayoutModifier Modifier, int Slot);

internal static class AwardCalculator
{
    public static RawAward Compute(AwardRule rule, EnterpriseProfile profile)
    {
        switch (rule)
        {
            case NoAward:
                return RawAward.NonMonetary;
            case FixedAward f:
                return new(f.Amount, f.Amount, false, true);
            case UpToAward u:
                return new(null, u.Cap, true, true);
            case RateAward r:
                var rated = Rated(r.Rate, profile.Get(r.Of));
                return r.Cap is { } rateCap ? Cap(new(rated, rated, false, true), rateCap) : new(rated, rated, false, true);
            case CappedAward c:
                return Cap(Compute(c.Inner, profile), c.Cap);
            case TieredAward t:
                var value = profile.Get(t.FactId);
                if (!value.IsKnown)
                {
                    return new(null, t.Bands.IsEmpty ? 0m : t.Bands.Max(b => b.Amount), false, true);
                }

                var band = t.Bands.Where(b => b.From <= value.AsNumber()).OrderBy(b => b.From).LastOrDefault();
                var amount = band?.Amount ?? 0m;
                return new(amount, amount, false, true);
            case TaxReductionAward x:
                if (x.Of is null)
                {
                    return RawAward.NonMonetary;
                }

                var reduced = Rated(x.Share, profile.Get(x.Of));
                return new(reduced, reduced, false, true);
            default:
                throw new InvalidOperationException($"unexpected award rule {rule.GetType().Name}.");
        }
    }

    private static decimal? Rated(decimal rate, FactValue baseValue) => baseValue.IsKnown ? rate * baseValue.AsNumber() : null;

    internal static RawAward Cap(RawAward inner, decimal cap)
    {
        if (!inner.Monetary)
        {
            return new(null, cap, true, true);
        }

        if (inner.Amount is { } amount)
        {
            return amount > cap ? new(cap, cap, true, true) : inner;
        }

        return inner.UpTo is { } upTo && upTo <= cap ? inner : new(null, cap, true, true);
    }

    /// <summary>
    /// Applies the modifiers to a raw award and rounds once. For an undetermined decision only the
    /// up-to is kept. A modifier whose fact is unknown leaves the amount unknown and counts its
    /// highest ratio in the up-to.
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
            foreach (var (modifier, slot) in modifiers)
            {
                var code = slot < values.Length ? values[slot] : default;
                var ratio = RatioOf(modifier, code);
                builder.Add(new AppliedModifier(modifier.Id, modifier.FactId, code.IsKnown ? code.AsString() : null, ratio, ModifierText(modifier, code, ratio)));
            }

            applied = builder.MoveToImmutable();
        }

        return new AwardOutcome(amount, upTo, raw.Capped, raw.Monetary, applied, text);
    }

    /// <summary>The amount and up-to after modifiers, rounded once to the fen; allocates nothing.</summary>
    public static (decimal? Amount, decimal? UpTo) Scale(RawAward raw, Verdict verdict, ImmutableArray<BoundModifier> modifiers, ReadOnlySpan<FactValue> values)
    {
        var amount = verdict == Verdict.Eligible ? raw.Amount : null;
        var upTo = raw.UpTo;
        if (raw.Monetary)
        {
            foreach (var (modifier, slot) in modifiers)
            {
                ApplyRatio(ref amount, ref upTo, RatioOf(modifier, slot < values.Length ? values[slot] : default), modifier.MaxRatio);
            }
        }

        return (amount is { } a ? Numbers.RoundToFen(a) : null, upTo is { } u ? Numbers.RoundToFen(u) : null);
    }

    /// <summary>One modifier's effect: an unknown ratio leaves the amount unknown and scales the up-to by the highest ratio.</summary>
    internal static void ApplyRatio(ref decimal? amount, ref decimal? upTo, decimal? ratio, decimal maxRatio)
    {
        amount *= ratio;
        upTo *= ratio ?? maxRatio;
    }

    /// <summary>The ratio for the enterprise's code: null when unknown, 1 for a code the modifier does not list.</summary>
    private static decimal? RatioOf(PayoutModifier modifier, FactValue code) =>
        !code.IsKnown ? null : modifier.Ratios.TryGetValue(code.RawString, out var r) ? r : 1m;

    private static LocalizedText ModifierText(PayoutModifier modifier, FactValue code, decimal? ratio)
    {
        if (ratio is not { } r)
        {
            return new($"{modifier.Id}：{modifier.FactId} 未知，按最高比例 {Numbers.Format(modifier.MaxRatio * 100m)}% 计上限",
                $"{modifier.Id}: {modifier.FactId} unknown; up-to counts the highest ratio, {Numbers.Format(modifier.MaxRatio * 100m)}%");
        }

        var pct = Numbers.Format(r * 100m) + "%";
        return r == 0m
            ? new($"{modifier.Id}：{modifier.FactId} 为 {code.AsString()}，按 0% 兑现（不予兑现）", $"{modifier.Id}: {modifier.FactId} is {code.AsString()}, paid at 0% (nothing paid)")
            : new($"{modifier.Id}：{modifier.FactId} 为 {code.AsString()}，按 {pct} 兑现", $"{modifier.Id}: {modifier.FactId} is {code.AsString()}, paid at {pct}");
    }
}
