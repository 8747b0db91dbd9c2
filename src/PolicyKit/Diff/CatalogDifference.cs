using System.Collections.Immutable;
using PolicyKit.Model;

namespace PolicyKit.Diff;

/// <summary>
/// What changed from one catalog to another: items added, removed, continued (matched through
/// the new item's <see cref="Policy.Continues"/> link) and changed (matched, by id or
/// continuation, with some aspect different).
/// </summary>
/// <remarks>
/// Lists keep catalog order: <see cref="Removed"/> the old catalog's, the others the new one's.
/// Immutable.
/// </remarks>
public sealed class CatalogDifference
{
    internal CatalogDifference(PolicyCatalog old, PolicyCatalog @new, ImmutableArray<Policy> added, ImmutableArray<Policy> removed, ImmutableArray<PolicyMatch> matched)
    {
        OldCatalog = old.ToString();
        NewCatalog = @new.ToString();
        Added = added;
        Removed = removed;
        Matched = matched;
        Continued = [.. matched.Where(m => m.MatchedBy == PolicyMatchKind.Continues)];
        Changed = [.. matched.Where(m => m.IsChanged)];
    }

    /// <summary>The old catalog's id and version.</summary>
    public string OldCatalog { get; }

    /// <summary>The new catalog's id and version.</summary>
    public string NewCatalog { get; }

    /// <summary>Items of the new catalog that match none of the old.</summary>
    public ImmutableArray<Policy> Added { get; }

    /// <summary>Items of the old catalog that nothing in the new catalog matches.</summary>
    public ImmutableArray<Policy> Removed { get; }

    /// <summary>Every matched pair, by id or continuation.</summary>
    public ImmutableArray<PolicyMatch> Matched { get; }

    /// <summary>The pairs matched through the new item's continuation link.</summary>
    public ImmutableArray<PolicyMatch> Continued { get; }

    /// <summary>The matched pairs with some aspect changed.</summary>
    public ImmutableArray<PolicyMatch> Changed { get; }

    /// <summary>Whether nothing was added, removed or changed.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty;
}
