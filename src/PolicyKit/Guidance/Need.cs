using PolicyKit.Facts;
using PolicyKit.Predicates;
using PolicyKit.Text;

namespace PolicyKit.Guidance;

/// <summary>
/// One condition on one fact that a decision would need (specification §9): the value now and the
/// condition it must meet, written as a catalog predicate.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class Need
{
    internal Need(string factId, FactValue now, Predicate condition, bool metNow, LocalizedText text, LocalizedText? label = null)
    {
        FactId = factId;
        Label = label ?? LocalizedText.Verbatim(factId);
        Now = now;
        Condition = condition;
        IsMetNow = metNow;
        Text = text;
    }

    /// <summary>The fact the condition is on.</summary>
    public string FactId { get; }

    /// <summary>The fact's label for people (项目所在地 / Project location); its id when the catalog has no such fact.</summary>
    public LocalizedText Label { get; }

    /// <summary>The value now; <see cref="FactValue.Unknown"/> when the profile does not give it.</summary>
    public FactValue Now { get; }

    /// <summary>
    /// The condition, a leaf predicate (<c>{ "fact": "enterprise.employees", "ge": 50 }</c>) or the
    /// <c>not</c> of an <c>in</c>, <c>within</c> or <c>has</c> leaf.
    /// </summary>
    public Predicate Condition { get; }

    /// <summary>
    /// Whether the value now already meets the condition. Such a need is listed only beside an
    /// unmet one on the same fact, so that changing the fact keeps what already holds.
    /// </summary>
    public bool IsMetNow { get; }

    /// <summary>The condition in words, e.g. 员工人数需达到50人（现为：5人）/ employees would need to be at least 50 persons (now 5 persons).</summary>
    public LocalizedText Text { get; }
}
