using System.Collections.Immutable;
using PolicyKit.Diff;
using PolicyKit.Evaluation;

namespace PolicyKit.Guidance;

/// <summary>Pairs the decisions of two reports through a catalog difference and classifies each pair.</summary>
internal static class EditionComparer
{
    public static EditionComparison Compare(CatalogDifference difference, DecisionReport old, DecisionReport @new)
    {
        var byNew = difference.Matched.ToDictionary(m => m.New.Id, StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<EditionEntry>();

        // New catalog order: a matched item's position is its new id's; added items sit between.
        foreach (var id in NewIds(difference).OrderBy(NewOrder(difference, @new)))
        {
            var entry = byNew.TryGetValue(id, out var match)
                ? Entry(match.Old.Id, id, match.MatchedBy, old.Find(match.Old.Id), @new.Find(id))
                : Entry(null, id, null, null, @new.Find(id));
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        foreach (var removed in difference.Removed)
        {
            if (Entry(removed.Id, null, null, old.Find(removed.Id), null) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new EditionComparison(difference, old, @new, entries.ToImmutable());
    }

    /// <summary>Sorts ids by their position among the matched and added items, which keep the new catalog's order.</summary>
    private static Func<string, int> NewOrder(CatalogDifference difference, DecisionReport @new)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in @new.Decisions)
        {
            order.TryAdd(d.PolicyId, order.Count);
        }

        // Items not in force on the new date keep their relative order after those that are.
        foreach (var id in NewIds(difference))
        {
            order.TryAdd(id, order.Count);
        }

        return id => order[id];
    }

    private static IEnumerable<string> NewIds(CatalogDifference difference) =>
        difference.Matched.Select(m => m.New.Id).Concat(difference.Added.Select(p => p.Id));

    private static EditionEntry? Entry(string? oldId, string? newId, PolicyMatchKind? matchedBy, Decision? old, Decision? @new) =>
        old is null && @new is null ? null : new EditionEntry(oldId, newId, matchedBy, old, @new, Classify(old, @new));

    private static EditionOutcome Classify(Decision? old, Decision? @new)
    {
        var wasEligible = old?.Verdict == Verdict.Eligible;
        var isEligible = @new?.Verdict == Verdict.Eligible;
        if (wasEligible != isEligible)
        {
            return isEligible ? EditionOutcome.Gained : EditionOutcome.Lost;
        }

        var same = old?.Verdict == @new?.Verdict && old?.Award?.Amount == @new?.Award?.Amount && old?.Award?.UpTo == @new?.Award?.UpTo;
        return same ? EditionOutcome.Unchanged : EditionOutcome.Changed;
    }
}
