using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Formats;
using PolicyKit.Profiles;
using PolicyKit.Simulation;

namespace PolicyKit.Tests.Populations;

/// <summary>A simulation the slow way: one compiled-evaluator report per profile, summed (the meaning specification §10 gives every figure).</summary>
internal sealed class ReferenceSimulation
{
    public ReferenceSimulation(CompiledEvaluator evaluator, IReadOnlyList<EnterpriseProfile> profiles, LocalDate asOf)
    {
        Reports = [.. profiles.Select(p => evaluator.Evaluate(p, asOf))];
        var ids = Reports.Count > 0 ? Reports[0].Decisions.Select(d => d.PolicyId).ToList()
            : [.. evaluator.Catalog.Policies.Where(p => evaluator.Catalog.ValidityOf(p).Contains(asOf)).Select(p => p.Id)];
        Figures = ids.ToDictionary(id => id, id =>
        {
            var decisions = Reports.Select(r => r.Find(id)!).ToList();
            return new PolicyFigures(
                decisions.Count(d => d.Verdict == Verdict.Eligible),
                decisions.Count(d => d.Verdict == Verdict.Ineligible),
                decisions.Count(d => d.Verdict == Verdict.Undetermined),
                decisions.Sum(d => d.Award?.Amount ?? 0m),
                decisions.Sum(d => d.Award?.UpTo ?? 0m),
                decisions.Count(d => d.Award is { IsMonetary: true, UpTo: null }))
            {
                Unstated = decisions.Count(d => d.Award is { IsAmountUnstated: true }),
            };
        });
        PolicyIds = ids;
        Totals = new TotalFigures(
            Reports.Sum(r => r.Totals.Amount),
            Reports.Sum(r => r.Totals.UpTo),
            Reports.Count(r => r.Totals.UpTo > 0m),
            Reports.Count(r => !r.Totals.UpToIsBounded))
        {
            Unstated = Reports.Sum(r => (long)r.Totals.Unstated),
        };
    }

    public List<DecisionReport> Reports { get; }

    public List<string> PolicyIds { get; }

    public Dictionary<string, PolicyFigures> Figures { get; }

    public TotalFigures Totals { get; }

    public bool IsEligible(int firm, string policyId) => Reports[firm].Find(policyId)?.Verdict == Verdict.Eligible;
}
