using NodaTime;
using PolicyKit.Populations;

namespace PolicyKit.Simulation;

/// <summary>
/// Simulation over a <see cref="PopulationEvaluator"/>: it sits above populations, so the
/// population engine decides firms and knows nothing of budgets.
/// </summary>
public static class PopulationSimulation
{
    /// <summary>
    /// What the catalog means for the population on <paramref name="asOf"/> (specification §10): per policy
    /// counts and award sums, the firms' totals summed, and against <paramref name="baseline"/>, both
    /// side by side with the firms each policy gains and loses.
    /// </summary>
    /// <param name="evaluator">The catalog (the draft) prepared for populations.</param>
    /// <param name="population">The firms.</param>
    /// <param name="asOf">The date, for both catalogs.</param>
    /// <param name="baseline">Last year's list or the list before a draft change, or null.</param>
    /// <param name="options">Cores, vector width, progress; defaults when null.</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    /// <exception cref="ArgumentException">The population holds a fact a catalog uses with an incompatible type.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static SimulationResult Simulate(this PopulationEvaluator evaluator, Population population, LocalDate asOf, PopulationEvaluator? baseline = null, PopulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(population);
        return SimulationRun.Run(evaluator, baseline, population, asOf, options ?? new PopulationOptions(), cancellationToken);
    }
}
