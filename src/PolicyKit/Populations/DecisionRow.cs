using System.Collections.Immutable;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;

namespace PolicyKit.Populations;

/// <summary>Which (item, firm) rows <see cref="PopulationDecisions.Rows"/> gives.</summary>
public enum DecisionRowFilter
{
    /// <summary>Eligible and undetermined decisions: the firms that qualify or might (the default).</summary>
    EligibleOrUndetermined,

    /// <summary>Eligible decisions only.</summary>
    Eligible,

    /// <summary>Undetermined decisions only.</summary>
    Undetermined,

    /// <summary>Every decision of every item in force (items × firms rows).</summary>
    All,
}

/// <summary>
/// One firm's decision on one item in force, as the per-profile <see cref="Decision"/> gives it without
/// reasons (specification §10.11). Amounts are yuan, rounded to the fen, after modifiers.
/// </summary>
/// <param name="Firm">The firm's index in the population.</param>
/// <param name="PolicyId">The item.</param>
/// <param name="Verdict">Eligible, ineligible or undetermined.</param>
/// <param name="Amount">What the firm can count on, or null (ineligible, undetermined, not determined, non-monetary).</param>
/// <param name="UpTo">The most it can be, or null (ineligible, unbounded, non-monetary).</param>
/// <param name="Capped">Whether a cap bound the figure, as <see cref="AwardOutcome.Capped"/>.</param>
/// <param name="MissingFacts">For undetermined, the facts (sorted ids) whose values could still change the verdict; else empty.</param>
/// <param name="Question">
/// For undetermined, the fact to ask about this item: of its missing facts, the one the firm's ranking of
/// next questions puts first (<see cref="PopulationDecisions.NextQuestion"/>); else null.
/// </param>
public readonly record struct DecisionRow(int Firm, string PolicyId, VerdictCode Verdict, decimal? Amount, decimal? UpTo, bool Capped, ImmutableArray<string> MissingFacts, string? Question);

/// <summary>One firm's decisions summed up: a row per firm for readers that do not need item rows.</summary>
/// <param name="Firm">The firm's index in the population.</param>
/// <param name="Totals">The firm's totals after stacking and exclusive groups, as the per-profile report's.</param>
/// <param name="Eligible">How many items in force the firm is eligible for.</param>
/// <param name="Undetermined">How many are undetermined.</param>
/// <param name="NextQuestion">The firm's best next question (a fact id), or null when nothing is undetermined.</param>
public readonly record struct FirmDecisionRow(int Firm, Totals Totals, int Eligible, int Undetermined, string? NextQuestion);
