using PolicyKit.Facts;

namespace PolicyKit.Evaluation;

/// <summary>
/// Sums decisions into totals (DESIGN §3): standalone and stacking awards add up; an exclusive
/// group adds its highest eligible amount to the amount and its highest possible member to the
/// up-to (就高不重复). Sums saturate at decimal's range rather than throw.
/// </summary>
internal static class TotalsCalculator
{
    /// <summary>A decision's part in the totals.</summary>
    /// <param name="Group">The exclusive group, or null.</param>
    /// <param name="Amount">The eligible amount, or null.</param>
    /// <param name="UpTo">The up-to of an eligible or undetermined decision, null when unbounded.</param>
    /// <param name="Contributes">Whether the decision adds to the up-to at all (false for ineligible or non-monetary).</param>
    public readonly record struct Part(string? Group, decimal? Amount, decimal? UpTo, bool Contributes);

    /// <summary>Computes the totals and which decisions count in the amount.</summary>
    public static (Totals Totals, bool[] Counted) Sum(IReadOnlyList<Part> parts)
    {
        var counted = new bool[parts.Count];
        decimal amount = 0m, upTo = 0m;
        var bounded = true;
        var groups = new Dictionary<string, (int Best, decimal? BestAmount, decimal MaxUpTo, bool Unbounded)>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (!part.Contributes)
            {
                continue;
            }

            if (part.Group is null)
            {
                amount = Numbers.AddSaturating(amount, part.Amount ?? 0m);
                upTo = Numbers.AddSaturating(upTo, part.UpTo ?? 0m);
                bounded &= part.UpTo is not null;
                counted[i] = part.Amount is not null;
                continue;
            }

            var g = groups.TryGetValue(part.Group, out var existing) ? existing : (Best: -1, BestAmount: null, MaxUpTo: 0m, Unbounded: false);
            if (part.Amount is { } a && (g.BestAmount is null || a > g.BestAmount))
            {
                g.Best = i;
                g.BestAmount = a;
            }

            g.MaxUpTo = Math.Max(g.MaxUpTo, part.UpTo ?? 0m);
            g.Unbounded |= part.UpTo is null;
            groups[part.Group] = g;
        }

        foreach (var g in groups.Values)
        {
            amount = Numbers.AddSaturating(amount, g.BestAmount ?? 0m);
            upTo = Numbers.AddSaturating(upTo, g.MaxUpTo);
            bounded &= !g.Unbounded;
            if (g.Best >= 0)
            {
                counted[g.Best] = true;
            }
        }

        return (new Totals(amount, upTo, bounded), counted);
    }
}
