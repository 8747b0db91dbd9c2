using PolicyKit.Semantics;

namespace PolicyKit.Evaluation;

/// <summary>
/// Sums decisions into totals with <see cref="TotalsFold{T}"/> and <see cref="ExclusiveGroup{T}"/>
/// (specification §3), and says which decisions count in the amount.
/// </summary>
internal static class TotalsCalculator
{
    /// <summary>A decision's part in the totals.</summary>
    /// <param name="Group">The exclusive group, or null.</param>
    /// <param name="Amount">The eligible amount, or null.</param>
    /// <param name="UpTo">The up-to of an eligible or undetermined decision, null when unbounded.</param>
    /// <param name="Contributes">Whether the decision adds to the up-to at all (false for ineligible or non-monetary).</param>
    /// <param name="Unstated">Whether its award is of an amount the sources do not state.</param>
    public readonly record struct Part(string? Group, decimal? Amount, decimal? UpTo, bool Contributes, bool Unstated = false);

    /// <summary>Computes the totals and which decisions count in the amount.</summary>
    public static (Totals Totals, bool[] Counted) Sum(IReadOnlyList<Part> parts)
    {
        var counted = new bool[parts.Count];
        var totals = default(TotalsFold<decimal>);
        var groups = new Dictionary<string, ExclusiveGroup<decimal>>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (!part.Contributes)
            {
                continue;
            }

            totals.NoteUnstated(part.Unstated);
            if (part.Group is null)
            {
                totals.AddStandalone(part.Amount is not null, part.Amount ?? 0m, part.UpTo is not null, part.UpTo ?? 0m);
                counted[i] = TotalsFold<decimal>.Counts(part.Amount is not null);
                continue;
            }

            var group = groups.GetValueOrDefault(part.Group);
            group.Add(i, part.Amount is not null, part.Amount ?? 0m, part.UpTo is not null, part.UpTo ?? 0m);
            groups[part.Group] = group;
        }

        foreach (var group in groups.Values)
        {
            totals.AddGroup(group);
        }

        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is { Contributes: true, Group: { } name })
            {
                counted[i] = groups[name].Counts(i);
            }
        }

        return (new Totals(totals.Amount, totals.UpTo, totals.Bounded) { Unstated = totals.Unstated }, counted);
    }
}
