using System.Collections.Immutable;
using PolicyKit.Facts;
using PolicyKit.Predicates;
using PolicyKit.Text;

namespace PolicyKit.Evaluation;

/// <summary>
/// One node of a decision's reasons: the predicate node, its outcome, the value it saw and the
/// value it needed, and a sentence in Chinese and English.
/// </summary>
/// <remarks>Immutable. The tree mirrors the eligibility predicate node for node.</remarks>
public sealed class ReasonNode
{
    private readonly Func<ReasonNode, LocalizedText>? _describe;
    private LocalizedText? _text;

    internal ReasonNode(string path, string kind, Truth outcome, string? factId, FactValue seen, string? needed, LocalizedText text, ImmutableArray<ReasonNode> children)
        : this(path, kind, outcome, factId, seen, needed, children, null) => _text = text;

    /// <summary>A node whose text is made on first read by <paramref name="describe"/> (compiled evaluation defers formatting).</summary>
    internal ReasonNode(string path, string kind, Truth outcome, string? factId, FactValue seen, string? needed, ImmutableArray<ReasonNode> children, Func<ReasonNode, LocalizedText>? describe)
    {
        Path = path;
        Kind = kind;
        Outcome = outcome;
        FactId = factId;
        Seen = seen;
        Needed = needed;
        Children = children;
        _describe = describe;
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
    /// <remarks>Made on first read when evaluation deferred it; the same text either way.</remarks>
    public LocalizedText Text => _text ??= _describe!(this);

    /// <summary>The children, in predicate order.</summary>
    public ImmutableArray<ReasonNode> Children { get; }
}
