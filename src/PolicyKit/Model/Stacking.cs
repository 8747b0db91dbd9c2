namespace PolicyKit.Model;

/// <summary>
/// How an item's award combines with others: on its own, on top of an upper-level item
/// (叠加, both count), or in an exclusive group where only the highest counts (就高不重复).
/// </summary>
/// <param name="StacksOn">The id of the item this one adds to, or <see langword="null"/>.</param>
/// <param name="ExclusiveGroup">The exclusive group's name, or <see langword="null"/>.</param>
public sealed record Stacking(string? StacksOn = null, string? ExclusiveGroup = null)
{
    /// <summary>Counts on its own.</summary>
    public static Stacking Standalone { get; } = new();

    /// <summary>Counts in addition to item <paramref name="policyId"/>.</summary>
    public static Stacking OnTopOf(string policyId) => new(StacksOn: policyId);

    /// <summary>Counts only if it is the highest of group <paramref name="group"/>.</summary>
    public static Stacking Exclusive(string group) => new(ExclusiveGroup: group);
}

/// <summary>Where a rule comes from: a source document and the words quoted from it.</summary>
/// <param name="Document">The document's file name in <c>shared/seeds/</c>, or another citable name.</param>
/// <param name="Quote">The passage, verbatim, in the document's language.</param>
public sealed record Citation(string Document, string Quote)
{
    /// <summary>The document.</summary>
    public string Document { get; } = !string.IsNullOrWhiteSpace(Document) ? Document : throw new ArgumentException("a citation names its document.", nameof(Document));

    /// <summary>The quoted passage.</summary>
    public string Quote { get; } = Quote ?? throw new ArgumentNullException(nameof(Quote));
}
