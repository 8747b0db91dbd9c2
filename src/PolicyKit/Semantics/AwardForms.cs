using System.Collections.Immutable;
using PolicyKit.Awards;

namespace PolicyKit.Semantics;

/// <summary>What an engine makes of each form of award rule: figures for one profile, or a node that computes them.</summary>
/// <typeparam name="TNode">The engine's award: <see cref="RawAward"/> itself, or a compiled node.</typeparam>
internal interface IAwardForms<TNode>
{
    /// <summary>Figures that read no fact.</summary>
    TNode Constant(RawAward figures);

    /// <summary>A rate of a base fact (<see cref="AwardFigures.Rate"/>).</summary>
    TNode Rate(decimal rate, string baseFactId, decimal? cap);

    /// <summary>An amount per unit of a quantity fact (<see cref="AwardFigures.PerUnit"/>).</summary>
    TNode PerUnit(decimal amount, string quantityFactId, decimal? cap);

    /// <summary>An award under a cap (<see cref="AwardFigures.Cap"/>).</summary>
    TNode Capped(TNode inner, decimal cap);

    /// <summary>Tiers on a number fact (<see cref="Tiers"/>).</summary>
    TNode Tiers(string factId, ImmutableArray<TierBand> bands);
}

/// <summary>
/// Which figures each award rule stands for: no award and a tax reduction without the tax due
/// are not money, a tax reduction with it is an uncapped rate of it, an unstated amount is money
/// with neither amount nor ceiling (specification §3).
/// </summary>
internal static class AwardForms
{
    /// <summary>Builds <paramref name="rule"/> with the engine's <paramref name="forms"/>.</summary>
    public static TNode Build<TNode, TForms>(AwardRule rule, TForms forms)
        where TForms : IAwardForms<TNode> => rule switch
        {
            NoAward or CandidacyAward or TaxReductionAward { Of: null } => forms.Constant(RawAward.NonMonetary),
            UnstatedAward => forms.Constant(AwardFigures.Unstated),
            FixedAward f => forms.Constant(AwardFigures.Fixed(f.Amount)),
            UpToAward u => forms.Constant(AwardFigures.UpTo(u.Cap)),
            RateAward r => forms.Rate(r.Rate, r.Of, r.Cap),
            TaxReductionAward x => forms.Rate(x.Share, x.Of!, null),
            PerUnitAward p => forms.PerUnit(p.Amount, p.Of, p.Cap),
            CappedAward c => forms.Capped(Build<TNode, TForms>(c.Inner, forms), c.Cap),
            TieredAward t => forms.Tiers(t.FactId, t.Bands),
            _ => throw new InvalidOperationException($"unexpected award rule {rule.GetType().Name}."),
        };
}
