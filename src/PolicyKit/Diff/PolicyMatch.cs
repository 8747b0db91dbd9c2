using PolicyKit.Model;

namespace PolicyKit.Diff;

/// <summary>An item of the old catalog and the item of the new catalog that carries it on, with what changed.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Old">The item in the old catalog.</param>
/// <param name="New">The item in the new catalog.</param>
/// <param name="MatchedBy">Whether the ids are equal or the new item continues the old.</param>
/// <param name="Changes">What differs; <see cref="PolicyChanges.None"/> when nothing compared does.</param>
public sealed record PolicyMatch(Policy Old, Policy New, PolicyMatchKind MatchedBy, PolicyChanges Changes)
{
    /// <summary>Whether anything compared differs.</summary>
    public bool IsChanged => Changes != PolicyChanges.None;

    /// <summary>The names of the changed aspects, e.g. <c>eligibility, award</c>, for people.</summary>
    public string Describe() => Changes == PolicyChanges.None
        ? "unchanged"
        : string.Join(", ", Enum.GetValues<PolicyChanges>().Where(c => c != PolicyChanges.None && Changes.HasFlag(c)).Select(c => c.ToString().ToLowerInvariant()));
}
