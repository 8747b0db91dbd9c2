using System.Collections.Immutable;
using System.Numerics;
using NodaTime;
using PolicyKit.Diff;
using PolicyKit.Populations;
using PolicyKit.Populations.Plan;
using PolicyKit.Semantics;

namespace PolicyKit.Simulation;

/// <summary>
/// Runs a simulation: the catalog's plan (and the baseline's) over the same blocks, so the firms
/// that gain or lose a policy are counted from both masks while they are in cache.
/// </summary>
internal static class SimulationRun
{
    public static SimulationResult Run(PopulationEvaluator draft, PopulationEvaluator? baseline, Population population, LocalDate asOf, PopulationOptions options, CancellationToken cancellationToken)
    {
        var draftPlan = ColumnarPlan.Build(draft.Catalog, population, asOf);
        var basePlan = baseline is null ? null : ColumnarPlan.Build(baseline.Catalog, population, asOf);
        var pairs = basePlan is null ? [] : Pairs(draft, baseline!, draftPlan, basePlan);
        var draftTally = new PlanTally(draftPlan.Policies.Length);
        var baseTally = basePlan is null ? null : new PlanTally(basePlan.Policies.Length);
        var gained = new long[pairs.Length];
        var lost = new long[pairs.Length];
        var width = BlockLoop.WidthOf(options);
        BlockLoop.Run(
            population,
            options,
            () => new Worker(new PlanSimulator(draftPlan, options.BlockSize), basePlan is null ? null : new PlanSimulator(basePlan, options.BlockSize), pairs.Length),
            (worker, start, count) =>
            {
                worker.Draft.Run(start, count, width);
                if (worker.Baseline is null)
                {
                    return;
                }

                worker.Baseline.Run(start, count, width);
                for (var i = 0; i < pairs.Length; i++)
                {
                    var d = worker.Draft.Registers.True(draftPlan.Policies[pairs[i].Draft].Root);
                    var b = worker.Baseline.Registers.True(basePlan!.Policies[pairs[i].Baseline].Root);
                    for (var w = 0; w < d.Length; w++)
                    {
                        worker.Gained[i] += BitOperations.PopCount(d[w] & ~b[w]);
                        worker.Lost[i] += BitOperations.PopCount(b[w] & ~d[w]);
                    }
                }
            },
            worker =>
            {
                draftTally.Add(worker.Draft.Tally);
                baseTally?.Add(worker.Baseline!.Tally);
                for (var i = 0; i < pairs.Length; i++)
                {
                    gained[i] += worker.Gained[i];
                    lost[i] += worker.Lost[i];
                }
            },
            cancellationToken);

        return Assemble(draft, baseline, population, asOf, draftPlan, basePlan, pairs, draftTally, baseTally, gained, lost);
    }

    /// <summary>Draft and baseline policies in force, matched as <see cref="CatalogDiff"/> matches them (same id, or the continued item).</summary>
    private static (int Draft, int Baseline)[] Pairs(PopulationEvaluator draft, PopulationEvaluator baseline, ColumnarPlan draftPlan, ColumnarPlan basePlan)
    {
        var difference = CatalogDiff.Compare(baseline.Catalog, draft.Catalog);
        var pairs = new List<(int, int)>();
        foreach (var match in difference.Matched)
        {
            var d = Array.FindIndex(draftPlan.Policies, p => p.Id == match.New.Id);
            var b = Array.FindIndex(basePlan.Policies, p => p.Id == match.Old.Id);
            if (d >= 0 && b >= 0)
            {
                pairs.Add((d, b));
            }
        }

        return [.. pairs];
    }

    private static SimulationResult Assemble(
        PopulationEvaluator draft,
        PopulationEvaluator? baseline,
        Population population,
        LocalDate asOf,
        ColumnarPlan draftPlan,
        ColumnarPlan? basePlan,
        (int Draft, int Baseline)[] pairs,
        PlanTally draftTally,
        PlanTally? baseTally,
        long[] gained,
        long[] lost)
    {
        var rows = ImmutableArray.CreateBuilder<SimulatedPolicy>();
        for (var p = 0; p < draftPlan.Policies.Length; p++)
        {
            var figures = Figures(draftPlan, draftTally, p);
            if (basePlan is null)
            {
                rows.Add(new SimulatedPolicy(draftPlan.Policies[p].Id, figures, null, null, 0, 0));
                continue;
            }

            var pair = Array.FindIndex(pairs, x => x.Draft == p);
            rows.Add(pair < 0
                ? new SimulatedPolicy(draftPlan.Policies[p].Id, figures, null, null, figures.Eligible, 0)
                : new SimulatedPolicy(draftPlan.Policies[p].Id, figures, basePlan.Policies[pairs[pair].Baseline].Id, Figures(basePlan, baseTally!, pairs[pair].Baseline), (int)gained[pair], (int)lost[pair]));
        }

        if (basePlan is not null)
        {
            for (var b = 0; b < basePlan.Policies.Length; b++)
            {
                if (!pairs.Any(x => x.Baseline == b))
                {
                    var figures = Figures(basePlan, baseTally!, b);
                    rows.Add(new SimulatedPolicy(basePlan.Policies[b].Id, null, basePlan.Policies[b].Id, figures, 0, figures.Eligible));
                }
            }
        }

        return new SimulationResult(
            asOf,
            new CatalogRef(draft.Catalog.Id, draft.Catalog.Version),
            baseline is null ? null : new CatalogRef(baseline.Catalog.Id, baseline.Catalog.Version),
            population.Count,
            rows.ToImmutable(),
            Totals(draftPlan, draftTally),
            basePlan is null ? null : Totals(basePlan, baseTally!));
    }

    private static PolicyFigures Figures(ColumnarPlan plan, PlanTally tally, int p) => new(
        (int)tally.Eligible[p],
        (int)tally.Ineligible[p],
        (int)tally.Undetermined[p],
        PlanTally.Yuan(tally.Amount[p]),
        PlanTally.Yuan(tally.UpTo[p]),
        (int)tally.Unbounded[p])
    {
        Unstated = plan.Policies[p].Award.Unstated ? (int)(tally.Eligible[p] + tally.Undetermined[p]) : 0,
    };

    /// <summary>The firms' totals summed: <see cref="TotalsFold{T}"/> over the standalone policies' sums and the groups' per-firm parts summed.</summary>
    private static TotalFigures Totals(ColumnarPlan plan, PlanTally tally)
    {
        var totals = default(TotalsFold<Int128>);
        for (var p = 0; p < plan.Policies.Length; p++)
        {
            if (plan.Policies[p].Group < 0)
            {
                totals.AddStandalone(true, tally.Amount[p], true, tally.UpTo[p]);
            }
        }

        totals.AddGroup(tally.GroupAmount, tally.GroupUpTo, false);
        var unstated = 0L;
        for (var p = 0; p < plan.Policies.Length; p++)
        {
            unstated += plan.Policies[p].Award.Unstated ? tally.Eligible[p] + tally.Undetermined[p] : 0;
        }

        return new TotalFigures(PlanTally.Yuan(totals.Amount), PlanTally.Yuan(totals.UpTo), (int)tally.FirmsWithAward, (int)tally.UnboundedFirms) { Unstated = unstated };
    }

    private sealed class Worker(PlanSimulator draft, PlanSimulator? baseline, int pairs)
    {
        public PlanSimulator Draft { get; } = draft;

        public PlanSimulator? Baseline { get; } = baseline;

        public long[] Gained { get; } = new long[pairs];

        public long[] Lost { get; } = new long[pairs];
    }
}
