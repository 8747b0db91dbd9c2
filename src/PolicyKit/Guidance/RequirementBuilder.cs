using System.Collections.Immutable;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Profiles;

namespace PolicyKit.Guidance;

/// <summary>Turns a decision's conditions into a <see cref="Requirement"/>: needs, reachability and the award unlocked.</summary>
internal static class RequirementBuilder
{
    public static Requirement Build(DecisionReport report, PolicyCatalog catalog, Policy policy, Decision decision)
    {
        var profile = report.Profile;
        if (decision.Verdict == Verdict.Eligible)
        {
            return new Requirement(policy.Id, decision.Verdict, true, [], [], [], Unlock(decision.Award));
        }

        var conditions = ConditionSearch.Find(policy.Eligibility, decision.Reasons, want: true);
        if (conditions is null)
        {
            return new Requirement(policy.Id, decision.Verdict, false, [], [], [], Award(catalog, policy, profile, Verdict.Undetermined));
        }

        // A condition already met is kept only beside an unmet one on its fact: changing that fact
        // must not break what holds now. Elsewhere the fact stays as it is, so it keeps holding.
        var changing = conditions.Where(c => !c.MetNow).Select(c => c.FactId).ToHashSet(StringComparer.Ordinal);
        var kept = conditions.Where(c => changing.Contains(c.FactId)).DistinctBy(c => (c.FactId, c.Need)).ToList();
        var needs = kept.Select(c => new Need(c.FactId, c.Now, c.Need, c.MetNow, NeedText.Of(Schema(catalog, c.FactId), c.FactId, c.Need, c.Now), Schema(catalog, c.FactId)?.Label)).ToImmutableArray();

        var witness = ImmutableArray.CreateBuilder<KeyValuePair<string, FactValue>>();
        var contradictions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var fact in kept.GroupBy(c => c.FactId, StringComparer.Ordinal))
        {
            var definition = PolicyGuide.Definition(catalog, fact.Key);
            var value = FactWitness.Find(definition, profile.Get(fact.Key), [.. fact.Select(c => c.Need)], report.AsOf);
            if (value is { } v)
            {
                witness.Add(KeyValuePair.Create(fact.Key, v));
            }
            else
            {
                contradictions.Add(fact.Key);
            }
        }

        var reachable = contradictions.Count == 0;
        var unlocks = reachable
            ? Award(catalog, policy, Requirement.With(profile, witness), Verdict.Eligible)
            : Award(catalog, policy, profile, Verdict.Undetermined);
        return new Requirement(policy.Id, decision.Verdict, reachable, needs, [.. contradictions], witness.ToImmutable(), unlocks);
    }

    private static FactDefinition? Schema(PolicyCatalog catalog, string factId) =>
        catalog.Schema.TryGet(factId, out var fact, out _) ? fact : null;

    /// <summary>The item's own award on <paramref name="profile"/>, after modifiers; stacking and groups are not applied.</summary>
    private static Unlocks Award(PolicyCatalog catalog, Policy policy, EnterpriseProfile profile, Verdict verdict) =>
        Unlock(AwardCalculator.Finish(
            ReasonText.Award(policy.Award, catalog.Schema),
            AwardCalculator.Compute(policy.Award, profile),
            verdict,
            PolicyEvaluator.ModifiersFor(catalog, policy),
            profile.Values));

    private static Unlocks Unlock(AwardOutcome? award) =>
        award is null ? new Unlocks(null, null, false) : new Unlocks(award.Amount, award.UpTo, award.IsMonetary) { Text = award.Text };
}
