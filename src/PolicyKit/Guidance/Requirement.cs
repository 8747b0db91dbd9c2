using System.Collections.Immutable;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Profiles;
using PolicyKit.Text;

namespace PolicyKit.Guidance;

/// <summary>
/// What it would take for one decision to become eligible (specification §9): a smallest set of
/// conditions on facts, whether they can be met together, and the award they would unlock.
/// </summary>
/// <remarks>
/// For an eligible decision <see cref="Needs"/> is empty and <see cref="IsReachable"/> true.
/// <c>all</c> needs what each unmet child needs; <c>any</c> the child with the fewest unmet
/// conditions (ties: the first); <c>not</c> is pushed down to the leaves (De Morgan, <c>not lt</c>
/// is <c>ge</c>). When the conditions on one fact contradict each other, or a recognition would
/// have to fall after the as-of date, the decision is not reachable and
/// <see cref="Contradictions"/> names those facts. Immutable.
/// </remarks>
public sealed class Requirement
{
    private readonly ImmutableArray<KeyValuePair<string, FactValue>> _witness;

    internal Requirement(string policyId, Verdict verdict, bool reachable, ImmutableArray<Need> needs, ImmutableArray<string> contradictions, ImmutableArray<KeyValuePair<string, FactValue>> witness, Unlocks unlocks)
    {
        PolicyId = policyId;
        IsReachable = reachable;
        Verdict = verdict;
        Needs = needs;
        Contradictions = contradictions;
        _witness = witness;
        Unlocks = unlocks;
    }

    /// <summary>The policy.</summary>
    public string PolicyId { get; }

    /// <summary>Its verdict now.</summary>
    public Verdict Verdict { get; }

    /// <summary>
    /// Whether the needs can all be met at once: false when conditions on a fact contradict each
    /// other, or when the eligibility can never be true (a <c>never</c> in the way).
    /// </summary>
    public bool IsReachable { get; }

    /// <summary>The conditions, in the order of the eligibility predicate; empty when already eligible.</summary>
    public ImmutableArray<Need> Needs { get; }

    /// <summary>The facts whose conditions contradict each other (sorted ids); empty when reachable.</summary>
    public ImmutableArray<string> Contradictions { get; }

    /// <summary>The award that meeting the needs would unlock.</summary>
    public Unlocks Unlocks { get; }

    /// <summary>
    /// <paramref name="profile"/> changed to meet every need: each needed fact set to its value now
    /// when that already meets its conditions, else to the nearest value that does (the threshold
    /// itself for <c>ge</c>, a recognition dated inside the required period, ...).
    /// </summary>
    /// <remarks>What a calculator shows as "if you met these": the decision is eligible on the result.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The requirement is not reachable.</exception>
    /// <exception cref="ArgumentException">The profile's schema lacks a needed fact or has it with another type.</exception>
    public EnterpriseProfile Apply(EnterpriseProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!IsReachable)
        {
            throw new InvalidOperationException(Contradictions.IsEmpty
                ? $"policy {PolicyId} is not reachable: its eligibility can never be met."
                : $"policy {PolicyId} is not reachable: the conditions on {string.Join(", ", Contradictions)} contradict each other.");
        }

        return With(profile, _witness);
    }

    internal static EnterpriseProfile With(EnterpriseProfile profile, IEnumerable<KeyValuePair<string, FactValue>> values)
    {
        var builder = profile.ToBuilder();
        foreach (var (factId, value) in values)
        {
            builder.Set(factId, value);
        }

        return builder.Build();
    }
}

/// <summary>The award a requirement would unlock, in yuan after modifiers.</summary>
/// <param name="Amount">The sum it would come to, when the rule gives one for the enterprise with the needs met.</param>
/// <param name="UpTo">The most it could be, or <see langword="null"/> when non-monetary or without a stated ceiling.</param>
/// <param name="IsMonetary">Whether the award is money at all.</param>
public readonly record struct Unlocks(decimal? Amount, decimal? UpTo, bool IsMonetary)
{
    /// <summary>The award in words (最高50万元, 非资金支持, 减税（资源税减征50%）), or <see langword="null"/> when there is none.</summary>
    public LocalizedText? Text { get; init; }
}
