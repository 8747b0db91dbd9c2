using System.Collections.Immutable;
using PolicyKit.Canonical;
using PolicyKit.Model;

namespace PolicyKit.Diff;

/// <summary>Compares two catalogs item by item (what <c>policykit diff</c> prints).</summary>
/// <remarks>
/// A new item is matched to the old item its <see cref="Policy.Continues"/> names, when the old
/// catalog has it, else to the old item with its own id. Each old item is matched at most
/// once; the links of items whose ids the old catalog lacks are matched before equal ids. Predicates and awards are compared by their canonical JSON, so a catalog read from
/// JSON and the same catalog built in C# compare equal. Thread-safe.
/// </remarks>
public static class CatalogDiff
{
    /// <summary>What changed from <paramref name="old"/> to <paramref name="new"/>.</summary>
    /// <exception cref="ArgumentNullException">A catalog is null.</exception>
    public static CatalogDifference Compare(PolicyCatalog old, PolicyCatalog @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        // Links of items new to the old catalog first, then equal ids: a new catalog that keeps the
        // predecessor list beside its successor (as the reference catalog does) has both "a" and
        // "a2 continues a", and it is "a2" that carries "a" on. An item the old catalog already
        // has keeps matching itself, so a catalog compared with itself is unchanged.
        var used = new HashSet<string>(StringComparer.Ordinal);
        var previousOf = new Dictionary<string, (Policy Previous, PolicyMatchKind Kind)>(StringComparer.Ordinal);
        foreach (var policy in @new.Policies)
        {
            if (policy.Continues is { } c && old.FindPolicy(policy.Id) is null && old.FindPolicy(c) is { } continued && used.Add(c))
            {
                previousOf[policy.Id] = (continued, PolicyMatchKind.Continues);
            }
        }

        foreach (var policy in @new.Policies)
        {
            if (!previousOf.ContainsKey(policy.Id) && old.FindPolicy(policy.Id) is { } same && used.Add(same.Id))
            {
                previousOf[policy.Id] = (same, PolicyMatchKind.SameId);
            }
        }

        var added = ImmutableArray.CreateBuilder<Policy>();
        var matched = ImmutableArray.CreateBuilder<PolicyMatch>();
        foreach (var policy in @new.Policies)
        {
            if (previousOf.TryGetValue(policy.Id, out var found))
            {
                matched.Add(new PolicyMatch(found.Previous, policy, found.Kind, Changes(old, found.Previous, @new, policy)));
            }
            else
            {
                added.Add(policy);
            }
        }

        var removed = old.Policies.Where(p => !used.Contains(p.Id)).ToImmutableArray();
        return new CatalogDifference(old, @new, added.ToImmutable(), removed, matched.ToImmutable());
    }

    private static PolicyChanges Changes(PolicyCatalog oldCatalog, Policy old, PolicyCatalog newCatalog, Policy @new)
    {
        var changes = PolicyChanges.None;
        if (old.Title != @new.Title)
        {
            changes |= PolicyChanges.Title;
        }

        if (!Same(w => CatalogJsonWriter.WritePredicate(w, old.Eligibility), w => CatalogJsonWriter.WritePredicate(w, @new.Eligibility)))
        {
            changes |= PolicyChanges.Eligibility;
        }

        if (!Same(w => CatalogJsonWriter.WriteAward(w, old.Award), w => CatalogJsonWriter.WriteAward(w, @new.Award)))
        {
            changes |= PolicyChanges.Award;
        }

        if (oldCatalog.ValidityOf(old) != newCatalog.ValidityOf(@new))
        {
            changes |= PolicyChanges.Validity;
        }

        if (old.Stacking != @new.Stacking)
        {
            changes |= PolicyChanges.Stacking;
        }

        if (old.FundingKind != @new.FundingKind)
        {
            changes |= PolicyChanges.FundingKind;
        }

        if (old.List != @new.List || old.Section != @new.Section || old.Theme != @new.Theme)
        {
            changes |= PolicyChanges.Placement;
        }

        if (old.Level != @new.Level || old.Enhances != @new.Enhances)
        {
            changes |= PolicyChanges.Level;
        }

        if (old.Department != @new.Department || old.Note != @new.Note || !old.Citations.SequenceEqual(@new.Citations))
        {
            changes |= PolicyChanges.Documentation;
        }

        return changes;
    }

    private static bool Same(Action<System.Text.Json.Utf8JsonWriter> left, Action<System.Text.Json.Utf8JsonWriter> right) =>
        CanonicalJson.ToBytes(left).AsSpan().SequenceEqual(CanonicalJson.ToBytes(right));
}
