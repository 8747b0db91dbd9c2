using System.Collections.Immutable;
using PolicyKit.Facts;
using PolicyKit.Text;

namespace PolicyKit.Evaluation;

/// <summary>
/// One node of a decision's reasons: the predicate node, its outcome, the value it saw and the
/// value it needed, and a sentence in Chinese and English.
/// </summary>
/// <remarks>Immutable. The tree mirrors the eligibility predicate node for node.</remarks>
public sealed class ReasonNode
{
    internal ReasonNode(string path, string kind, Truth outcome, string? factId, FactValue seen, string? needed, LocalizedText text, ImmutableArray<ReasonNode> children)
    {
        Path = path;
        Kind = kind;
        Outcome = outcome;
        FactId = factId;
        Seen = seen;
        Needed = needed;
        Text = text;
        Children = children;
    }

    /// <summary>The node's JSON path below the policy's eligibility, e.g. <c>all[1]</c> (empty for the root).</summary>
    public string Path { get; }

    /// <summary>The node's JSON form: <c>all</c>, <c>any</c>, <c>not</c>, <c>eq</c>..<c>ge</c>, <c>in</c>, <c>within</c>, <c>has</c>, <c>always</c>, <c>never</c>.</summary>
    public string Kind { get; }

    /// <summary>The node's three-valued outcome.</summary>
    public Truth Outcome { get; }

    /// <summary>The fact a leaf read, or <see langword="null"/>.</summary>
    public string? FactId { get; }

    /// <summary>The value the leaf saw (unknown when the fact is unknown, or for inner nodes).</summary>
    public FactValue Seen { get; }

    /// <summary>What the leaf needed, culture-free (e.g. <c>≥ 50</c>), or <see langword="null"/>.</summary>
    public string? Needed { get; }

    /// <summary>The reason as a sentence.</summary>
    public LocalizedText Text { get; }

    /// <summary>The children, in predicate order.</summary>
    public ImmutableArray<ReasonNode> Children { get; }
}
