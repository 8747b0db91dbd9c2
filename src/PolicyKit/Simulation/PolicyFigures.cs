namespace PolicyKit.Simulation;

/// <summary>
/// What one policy means for a population (specification §10): how many firms are eligible, ineligible
/// and undetermined, and its award summed over firms, after modifiers and before stacking and
/// exclusive groups.
/// </summary>
/// <param name="Eligible">Firms eligible.</param>
/// <param name="Ineligible">Firms ineligible.</param>
/// <param name="Undetermined">Firms whose verdict waits on unknown facts.</param>
/// <param name="Amount">The eligible firms' amounts summed, yuan (exact, each rounded to the fen).</param>
/// <param name="UpTo">The up-to of eligible and undetermined firms summed, yuan.</param>
/// <param name="Unbounded">Eligible or undetermined firms whose up-to has no ceiling (a rate of an unknown base); they add nothing to <paramref name="UpTo"/>.</param>
public sealed record PolicyFigures(int Eligible, int Ineligible, int Undetermined, decimal Amount, decimal UpTo, int Unbounded)
{
    /// <summary>
    /// Eligible or undetermined firms for a policy whose amount the sources do not state (all of them
    /// for such a policy, 0 for any other); they are among <see cref="Unbounded"/>.
    /// </summary>
    public int Unstated { get; init; }
}

/// <summary>
/// The firms' totals (specification §3, after modifiers, stacking and exclusive groups) summed over a population.
/// </summary>
/// <param name="Amount">The amounts firms can count on, summed, yuan.</param>
/// <param name="UpTo">The most firms could reach, summed, yuan.</param>
/// <param name="FirmsWithAward">Firms whose up-to is above zero.</param>
/// <param name="Unbounded">Firms whose up-to has no ceiling (those ceilings add nothing to <paramref name="UpTo"/>).</param>
public sealed record TotalFigures(decimal Amount, decimal UpTo, int FirmsWithAward, int Unbounded)
{
    /// <summary>
    /// Awards of unstated amount summed over firms: each firm's <c>Totals.Unstated</c> (eligible or
    /// undetermined decisions of unstated amount), so the items whose amount the sources leave open.
    /// </summary>
    public long Unstated { get; init; }
}

/// <summary>One policy of a simulation: its figures under the catalog and, when given, the baseline.</summary>
/// <param name="PolicyId">The policy's id in the catalog (or in the baseline, for one the catalog dropped).</param>
/// <param name="Figures">Its figures under the catalog; null when only the baseline has it in force.</param>
/// <param name="BaselinePolicyId">The baseline policy it was matched with (same id, or the one it continues), or null.</param>
/// <param name="Baseline">The baseline policy's figures, or null.</param>
/// <param name="Gained">Firms eligible under the catalog and not under the baseline (0 without a baseline).</param>
/// <param name="Lost">Firms eligible under the baseline and not under the catalog.</param>
public sealed record SimulatedPolicy(string PolicyId, PolicyFigures? Figures, string? BaselinePolicyId, PolicyFigures? Baseline, int Gained, int Lost);
