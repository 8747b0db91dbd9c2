using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Diff;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Profiles;

namespace PolicyKit.Guidance;

/// <summary>
/// What a policy calculator (政策计算器) needs beyond verdicts (specification §9): the next questions to
/// ask, what it would take to become eligible, and one enterprise across two editions of a catalog.
/// </summary>
/// <remarks>
/// Everything is computed from a <see cref="DecisionReport"/> and the catalog it was made with;
/// nothing is evaluated twice and nothing throws for data. Results are immutable and the order
/// is deterministic (ordinal, culture-free). Thread-safe.
/// </remarks>
public static class PolicyGuide
{
    /// <summary>
    /// The facts worth asking next: every fact in the missing facts of an undetermined decision,
    /// ranked by the up-to amount at stake (descending), then by how many decisions it bears on
    /// (descending), then by fact id (ordinal).
    /// </summary>
    /// <param name="report">A report made with <paramref name="catalog"/>.</param>
    /// <param name="catalog">The catalog, for the facts' labels, types and codes.</param>
    /// <returns>The questions; empty when nothing is undetermined.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report was made with another catalog.</exception>
    public static ImmutableArray<Question> NextQuestions(DecisionReport report, PolicyCatalog catalog)
    {
        CheckPair(report, catalog);
        var stakes = new Dictionary<string, (decimal UpTo, bool Bounded, ImmutableArray<string>.Builder Policies)>(StringComparer.Ordinal);
        foreach (var decision in report.Decisions.Where(d => d.Verdict == Verdict.Undetermined))
        {
            var upTo = decision.Award?.UpTo ?? 0m;
            var bounded = decision.Award is not { IsMonetary: true, UpTo: null };
            foreach (var fact in decision.MissingFacts)
            {
                var stake = stakes.TryGetValue(fact, out var s) ? s : (UpTo: 0m, Bounded: true, Policies: ImmutableArray.CreateBuilder<string>());
                stake.Policies.Add(decision.PolicyId);
                stakes[fact] = (stake.UpTo + upTo, stake.Bounded && bounded, stake.Policies);
            }
        }

        return
        [
            .. stakes
                .Select(p => new Question(Definition(catalog, p.Key), p.Value.Policies.ToImmutable(), p.Value.UpTo, p.Value.Bounded))
                .Order(Ranked),
        ];
    }

    /// <summary>
    /// What it would take for <paramref name="policyId"/> to become eligible for the enterprise of
    /// <paramref name="report"/>: the conditions on facts, whether they can be met together, and
    /// the award they would unlock.
    /// </summary>
    /// <param name="report">A report made with <paramref name="catalog"/>.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="policyId">A policy of the catalog.</param>
    /// <returns>The requirement, or <see langword="null"/> when the policy is not in force on the report's date.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report was made with another catalog, or the catalog has no such policy.</exception>
    public static Requirement? WhatItWouldTake(DecisionReport report, PolicyCatalog catalog, string policyId)
    {
        CheckPair(report, catalog);
        ArgumentNullException.ThrowIfNull(policyId);
        var policy = catalog.FindPolicy(policyId) ?? throw new ArgumentException($"catalog {catalog} has no policy '{policyId}'.", nameof(policyId));
        return report.Find(policyId) is { } decision ? RequirementBuilder.Build(report, catalog, policy, decision) : null;
    }

    /// <summary>
    /// One enterprise's decisions under two editions of a catalog (the 2022 list and its 2023
    /// successor, or a draft and the list in force), item by item: gained, lost, changed, unchanged.
    /// </summary>
    /// <param name="difference">The items matched by <see cref="CatalogDiff.Compare"/> (by id or continuation link).</param>
    /// <param name="oldReport">The enterprise's report under the old catalog.</param>
    /// <param name="newReport">The same enterprise's report under the new catalog.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EditionComparison CompareEditions(CatalogDifference difference, DecisionReport oldReport, DecisionReport newReport)
    {
        ArgumentNullException.ThrowIfNull(difference);
        ArgumentNullException.ThrowIfNull(oldReport);
        ArgumentNullException.ThrowIfNull(newReport);
        return EditionComparer.Compare(difference, oldReport, newReport);
    }

    /// <summary>
    /// Evaluates <paramref name="profile"/> under both catalogs, each on its own date, and compares
    /// the decisions as <see cref="CompareEditions(CatalogDifference, DecisionReport, DecisionReport)"/> does.
    /// </summary>
    /// <param name="profile">The enterprise.</param>
    /// <param name="old">The old edition.</param>
    /// <param name="oldAsOf">The date to decide the old edition on (a date its lists are in force).</param>
    /// <param name="new">The new edition.</param>
    /// <param name="newAsOf">The date to decide the new edition on.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="Validation.InvalidCatalogException">A catalog has validation errors.</exception>
    /// <exception cref="ArgumentException">A fact of the profile has another type in a catalog.</exception>
    public static EditionComparison CompareEditions(EnterpriseProfile profile, PolicyCatalog old, LocalDate oldAsOf, PolicyCatalog @new, LocalDate newAsOf)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        return EditionComparer.Compare(
            CatalogDiff.Compare(old, @new),
            new CompiledEvaluator(old).Evaluate(profile, oldAsOf),
            new CompiledEvaluator(@new).Evaluate(profile, newAsOf));
    }

    /// <summary>The ranking of <see cref="Semantics.QuestionRank"/>, shared with the population decisions.</summary>
    private static readonly Comparer<Question> Ranked = Comparer<Question>.Create(
        (a, b) => Semantics.QuestionRank.Compare(a.UpToAtStake, a.Decisions, a.FactId, b.UpToAtStake, b.Decisions, b.FactId));

    internal static FactDefinition Definition(PolicyCatalog catalog, string factId) =>
        catalog.Schema.TryGet(factId, out var fact, out _) ? fact : new FactDefinition(factId, FactType.Text, new(factId, factId));

    private static void CheckPair(DecisionReport report, PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(catalog);
        if (report.CatalogId != catalog.Id || report.CatalogVersion != catalog.Version)
        {
            throw new ArgumentException($"the report was made with catalog {report.CatalogId} {report.CatalogVersion}, not {catalog}.", nameof(catalog));
        }
    }
}
