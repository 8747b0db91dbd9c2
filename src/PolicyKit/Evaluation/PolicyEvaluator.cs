using PolicyKit.Semantics;
using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Model;
using PolicyKit.Profiles;
using PolicyKit.Validation;

namespace PolicyKit.Evaluation;

/// <summary>
/// Decides a catalog's policies for enterprise profiles by walking each eligibility tree: the
/// reference evaluator of specification §3.
/// </summary>
/// <remarks>
/// The catalog is validated once, in the constructor; a catalog with errors is refused there,
/// never at evaluation time. Immutable and safe to share across threads.
/// </remarks>
public sealed class PolicyEvaluator : IPolicyEvaluator
{
    private readonly ImmutableArray<PreparedPolicy> _policies;

    /// <summary>Prepares <paramref name="catalog"/> for evaluation.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="InvalidCatalogException">Validation found errors; the exception lists them all.</exception>
    public PolicyEvaluator(PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        CatalogValidator.ThrowIfInvalid(catalog);
        Catalog = catalog;
        _policies = [.. catalog.Policies.Select(p => new PreparedPolicy(p, catalog.ValidityOf(p), ModifiersFor(catalog, p)))];
    }

    /// <inheritdoc />
    public PolicyCatalog Catalog { get; }

    /// <inheritdoc />
    public DecisionReport Evaluate(EnterpriseProfile profile, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var bound = profile.Rebind(Catalog.Schema);
        var decided = new List<(PreparedPolicy Policy, ReasonNode Reasons, Verdict Verdict, AwardOutcome? Award)>(_policies.Length);
        foreach (var prepared in _policies)
        {
            if (!prepared.Validity.Contains(asOf))
            {
                continue;
            }

            var policy = prepared.Policy;
            var reasons = PredicateInterpreter.Evaluate(policy.Eligibility, bound, asOf);
            var verdict = Verdicts.Of(reasons.Outcome);
            var award = verdict == Verdict.Ineligible
                ? null
                : AwardCalculator.Finish(ReasonText.Award(policy.Award, bound.Schema), AwardCalculator.Compute(policy.Award, bound), verdict, prepared.Modifiers, bound.Values);
            decided.Add((prepared, reasons, verdict, award));
        }

        var parts = decided.Select(d => new TotalsCalculator.Part(
            d.Policy.Policy.Stacking.ExclusiveGroup,
            d.Award?.Amount,
            d.Award?.UpTo,
            d.Award is { IsMonetary: true },
            d.Award is { IsAmountUnstated: true })).ToList();
        var (totals, counted) = TotalsCalculator.Sum(parts);

        var decisions = ImmutableArray.CreateBuilder<Decision>(decided.Count);
        for (var i = 0; i < decided.Count; i++)
        {
            var (prepared, reasons, verdict, award) = decided[i];
            decisions.Add(new Decision(prepared.Policy.Id, verdict, award, PredicateInterpreter.MissingFacts(reasons), reasons, counted[i]));
        }

        return new DecisionReport(
            asOf,
            Catalog,
            bound,
            decisions.MoveToImmutable(),
            totals,
            Classify(bound));
    }

    private ImmutableArray<ClassificationOutcome> Classify(EnterpriseProfile profile) =>
    [
        .. Catalog.Classifications.Select(c =>
        {
            var value = profile.Get(c.FactId);
            return value.IsKnown
                ? new ClassificationOutcome(c.Id, c.Classify(value.AsNumber())?.Id, true)
                : new ClassificationOutcome(c.Id, null, false);
        }),
    ];

    /// <summary>The modifiers that scale <paramref name="policy"/>: same jurisdiction as its list, same funding kind.</summary>
    internal static ImmutableArray<BoundModifier> ModifiersFor(PolicyCatalog catalog, Policy policy)
    {
        var list = catalog.FindList(policy.List);
        return list is null
            ? []
            : [.. catalog.Modifiers
                .Where(m => m.Jurisdiction == list.Jurisdiction && m.FundingKind == policy.FundingKind)
                .Select(m => new BoundModifier(m, catalog.Schema.SlotOf(m.FactId))
                {
                    Fact = catalog.Schema[catalog.Schema.SlotOf(m.FactId)],
                    UnknownFactor = Payout.UnknownFactor(m, catalog.Schema.TryGet(m.FactId, out var fact, out _) ? fact : null),
                })];
    }

    private sealed record PreparedPolicy(Policy Policy, Validity Validity, ImmutableArray<BoundModifier> Modifiers);
}
