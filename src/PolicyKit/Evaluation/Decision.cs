using System.Collections.Immutable;

namespace PolicyKit.Evaluation;

/// <summary>The outcome of one policy in force: verdict, award, missing facts and reasons.</summary>
/// <remarks>Immutable.</remarks>
public sealed class Decision
{
    internal Decision(string policyId, Verdict verdict, AwardOutcome? award, ImmutableArray<string> missingFacts, ReasonNode reasons, bool counted)
    {
        PolicyId = policyId;
        Verdict = verdict;
        Award = award;
        MissingFacts = missingFacts;
        Reasons = reasons;
        Counted = counted;
    }

    /// <summary>The policy's id.</summary>
    public string PolicyId { get; }

    /// <summary>Eligible, ineligible or undetermined.</summary>
    public Verdict Verdict { get; }

    /// <summary>The award: for eligible what it comes to, for undetermined the most it could be, for ineligible <see langword="null"/>.</summary>
    public AwardOutcome? Award { get; }

    /// <summary>For undetermined, the facts (sorted ids) whose values could still change the verdict; otherwise empty.</summary>
    public ImmutableArray<string> MissingFacts { get; }

    /// <summary>The reasons tree, mirroring the eligibility predicate.</summary>
    public ReasonNode Reasons { get; }

    /// <summary>
    /// Whether the award counts in the totals' amount: false for an exclusive group's member that
    /// is not the group's highest eligible amount, and for decisions without an amount.
    /// </summary>
    public bool Counted { get; }
}

/// <summary>
/// What an enterprise can count on and the most it could reach, after modifiers, stacking and
/// exclusive groups (specification §3), in yuan.
/// </summary>
/// <remarks>
/// A sum beyond decimal's range (about 7.9e28 yuan, reachable only with absurd amounts) is held
/// at <see cref="decimal.MaxValue"/> rather than making evaluation throw.
/// </remarks>
/// <param name="Amount">The sum of the amounts of eligible policies (an exclusive group adds its highest).</param>
/// <param name="UpTo">That sum plus the up-to of every eligible policy without an amount and of every undetermined one (a group adds its highest possible member).</param>
/// <param name="UpToIsBounded">False when some award has no stateable ceiling; <see cref="UpTo"/> then sums the bounded ones.</param>
public readonly record struct Totals(decimal Amount, decimal UpTo, bool UpToIsBounded)
{
    /// <summary>
    /// The eligible and undetermined decisions whose award is money of an amount the sources do not
    /// state: each adds nothing to <see cref="Amount"/> and makes <see cref="UpTo"/> unbounded.
    /// </summary>
    public int Unstated { get; init; }
}

/// <summary>The class an enterprise falls in for one classification, e.g. doubling plan: backbone.</summary>
/// <param name="ClassificationId">The classification.</param>
/// <param name="Class">The tier id, or <see langword="null"/> when below every tier or unknown.</param>
/// <param name="IsKnown">Whether the classified fact is known.</param>
public sealed record ClassificationOutcome(string ClassificationId, string? Class, bool IsKnown);
