using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Model;
using PolicyKit.Profiles;

namespace PolicyKit.Evaluation;

/// <summary>
/// The answer for one enterprise on one date: a decision per policy in force, the totals, the
/// classifications and a determination id.
/// </summary>
/// <remarks>
/// Plain immutable data; it serialises to JSON losslessly. Policies not in force on
/// <see cref="AsOf"/> have no decision.
/// </remarks>
public sealed class DecisionReport
{
    private readonly PolicyCatalog _catalog;
    private readonly EnterpriseProfile _profile;
    private string? _determinationId;

    internal DecisionReport(LocalDate asOf, PolicyCatalog catalog, EnterpriseProfile profile, ImmutableArray<Decision> decisions, Totals totals, ImmutableArray<ClassificationOutcome> classifications)
    {
        AsOf = asOf;
        _catalog = catalog;
        _profile = profile;
        CatalogId = catalog.Id;
        CatalogVersion = catalog.Version;
        Decisions = decisions;
        Totals = totals;
        Classifications = classifications;
    }

    /// <summary>The catalog decided (for rule coverage, which enumerates every node).</summary>
    internal PolicyCatalog Catalog => _catalog;

    /// <summary>The profile decided, bound to the catalog's schema (for award-branch coverage and guidance).</summary>
    internal EnterpriseProfile Profile => _profile;

    /// <summary>The date the policies were decided on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The catalog's id.</summary>
    public string CatalogId { get; }

    /// <summary>The catalog's version.</summary>
    public string CatalogVersion { get; }

    /// <summary>SHA-256 (hex) of the catalog content, the canonical profile and the as-of date.</summary>
    /// <remarks>Computed on first read (hashing is most of a small report's cost), always from the same inputs.</remarks>
    public string DeterminationId => _determinationId ??= Determination.Compute(_catalog, _profile, AsOf);

    /// <summary>One decision per policy in force, in catalog order.</summary>
    public ImmutableArray<Decision> Decisions { get; }

    /// <summary>The totals.</summary>
    public Totals Totals { get; }

    /// <summary>The enterprise's class in each of the catalog's classifications.</summary>
    public ImmutableArray<ClassificationOutcome> Classifications { get; }

    /// <summary>The decision for <paramref name="policyId"/>, or <see langword="null"/> when that policy is not in force.</summary>
    public Decision? Find(string policyId) => Decisions.FirstOrDefault(d => d.PolicyId == policyId);
}
