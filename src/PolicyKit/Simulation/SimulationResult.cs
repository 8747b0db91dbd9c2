using System.Collections.Immutable;
using NodaTime;

namespace PolicyKit.Simulation;

/// <summary>
/// What a list means for a population on a date (specification §10, 财政资金测算): per policy counts and
/// sums, the firms' totals summed, and, against a baseline catalog, both side by side.
/// </summary>
/// <remarks>
/// Every figure equals the sum over the per-profile reports of <c>PolicyEvaluator</c>; money is
/// exact decimal yuan. Immutable.
/// </remarks>
public sealed class SimulationResult
{
    internal SimulationResult(
        LocalDate asOf,
        CatalogRef catalog,
        CatalogRef? baseline,
        int population,
        ImmutableArray<SimulatedPolicy> policies,
        TotalFigures totals,
        TotalFigures? baselineTotals)
    {
        AsOf = asOf;
        Catalog = catalog;
        Baseline = baseline;
        Population = population;
        Policies = policies;
        Totals = totals;
        BaselineTotals = baselineTotals;
    }

    /// <summary>The date of the simulation.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The catalog simulated.</summary>
    public CatalogRef Catalog { get; }

    /// <summary>The baseline catalog, or null.</summary>
    public CatalogRef? Baseline { get; }

    /// <summary>The number of firms.</summary>
    public int Population { get; }

    /// <summary>The policies in force under the catalog (catalog order), then baseline policies with no counterpart.</summary>
    public ImmutableArray<SimulatedPolicy> Policies { get; }

    /// <summary>The firms' totals under the catalog, summed.</summary>
    public TotalFigures Totals { get; }

    /// <summary>The firms' totals under the baseline, summed, or null.</summary>
    public TotalFigures? BaselineTotals { get; }

    /// <summary>The budget delta: catalog amount minus baseline amount (yuan), or null without a baseline.</summary>
    public decimal? AmountDelta => BaselineTotals is { } b ? Totals.Amount - b.Amount : null;

    /// <summary>The change in the most firms could reach: catalog up-to minus baseline up-to (yuan), or null.</summary>
    public decimal? UpToDelta => BaselineTotals is { } b ? Totals.UpTo - b.UpTo : null;
}

/// <summary>A catalog's id and version as a simulation names it.</summary>
/// <param name="Id">The catalog id.</param>
/// <param name="Version">The catalog version.</param>
public sealed record CatalogRef(string Id, string Version);
