using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Diff;
using PolicyKit.Evaluation;

namespace PolicyKit.Guidance;

/// <summary>
/// One enterprise's decisions under two editions of a catalog, item by item, matched by id or
/// continuation link as <see cref="CatalogDiff"/> matches them.
/// </summary>
/// <remarks>
/// Entries follow the new catalog's order (matched and added items), then the removed items in
/// the old catalog's order. An item in force on neither date has no entry. Immutable.
/// </remarks>
public sealed class EditionComparison
{
    internal EditionComparison(CatalogDifference difference, DecisionReport old, DecisionReport @new, ImmutableArray<EditionEntry> entries)
    {
        Difference = difference;
        OldCatalog = difference.OldCatalog;
        NewCatalog = difference.NewCatalog;
        OldAsOf = old.AsOf;
        NewAsOf = @new.AsOf;
        OldTotals = old.Totals;
        NewTotals = @new.Totals;
        Entries = entries;
    }

    /// <summary>The item-by-item difference of the two catalogs.</summary>
    public CatalogDifference Difference { get; }

    /// <summary>The old catalog's id and version.</summary>
    public string OldCatalog { get; }

    /// <summary>The new catalog's id and version.</summary>
    public string NewCatalog { get; }

    /// <summary>The date the old edition was decided on.</summary>
    public LocalDate OldAsOf { get; }

    /// <summary>The date the new edition was decided on.</summary>
    public LocalDate NewAsOf { get; }

    /// <summary>The enterprise's totals under the old edition.</summary>
    public Totals OldTotals { get; }

    /// <summary>The enterprise's totals under the new edition.</summary>
    public Totals NewTotals { get; }

    /// <summary>One entry per item in force on either date.</summary>
    public ImmutableArray<EditionEntry> Entries { get; }

    /// <summary>The entries with <paramref name="outcome"/>.</summary>
    public IEnumerable<EditionEntry> With(EditionOutcome outcome) => Entries.Where(e => e.Outcome == outcome);
}

/// <summary>What became of one item for the enterprise from the old edition to the new.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="OldPolicyId">The item in the old catalog, or <see langword="null"/> when added.</param>
/// <param name="NewPolicyId">The item in the new catalog, or <see langword="null"/> when removed.</param>
/// <param name="MatchedBy">How the two were matched, or <see langword="null"/> for an added or removed item.</param>
/// <param name="Old">The decision under the old edition, or <see langword="null"/> when absent or not in force.</param>
/// <param name="New">The decision under the new edition, or <see langword="null"/> when absent or not in force.</param>
/// <param name="Outcome">Gained, lost, changed or unchanged.</param>
public sealed record EditionEntry(string? OldPolicyId, string? NewPolicyId, PolicyMatchKind? MatchedBy, Decision? Old, Decision? New, EditionOutcome Outcome)
{
    /// <summary>The id to show: the new item's, else the old one's.</summary>
    public string PolicyId => NewPolicyId ?? OldPolicyId!;
}

/// <summary>What became of one item for an enterprise across two editions.</summary>
public enum EditionOutcome
{
    /// <summary>Verdict and award are the same (or the item is absent, or not in force, in both).</summary>
    Unchanged,

    /// <summary>Eligible under the new edition and not under the old (新增可享).</summary>
    Gained,

    /// <summary>Eligible under the old edition and not under the new (不再可享).</summary>
    Lost,

    /// <summary>
    /// Neither gained nor lost, but different: eligible under both with another amount or up-to,
    /// or not eligible under either with another verdict or up-to at stake.
    /// </summary>
    Changed,
}
