using System.Collections.Immutable;
using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;

namespace PolicyKit.Testing.Coverage;

/// <summary>
/// Records rule coverage across a run of reports: for each policy, which eligibility nodes were
/// seen true, false and unknown, and which award branches ran (a cap binding or not, each tier
/// band, each modifier ratio).
/// </summary>
/// <remarks>
/// It reads only the reports, so evaluation runs at its usual speed. Both evaluators record every
/// child in the reasons tree (Kleene's logic is applied after all children are decided), so each
/// node's outcome is there even where <c>all</c> or <c>any</c> was already decided. Award branches
/// count only for eligible decisions, where an amount is decided. Mutable and not thread-safe:
/// one collector per run.
/// </remarks>
public sealed class CoverageCollector
{
    private readonly List<(PolicyCatalog Catalog, Dictionary<string, PolicyState> Policies)> _catalogs = [];

    /// <summary>Lists every node of <paramref name="catalog"/>'s policies, so policies no case reached show as uncovered.</summary>
    public void Include(PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        StatesOf(catalog);
    }

    /// <summary>Records the outcomes of <paramref name="report"/> (its catalog is included if it was not).</summary>
    public void Add(DecisionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var states = StatesOf(report.Catalog);
        foreach (var decision in report.Decisions)
        {
            var state = states[decision.PolicyId];
            foreach (var node in DecisionText.Walk(decision.Reasons))
            {
                if (state.Nodes.TryGetValue(node.Path, out var index))
                {
                    state.Seen[index] |= (byte)(1 << (int)node.Outcome);
                }
            }

            if (decision.Verdict == Verdict.Eligible)
            {
                RecordBranches(state, state.Policy.Award, "award", report.Profile);
                foreach (var modifier in decision.Award?.Modifiers ?? [])
                {
                    if (modifier.Code is { } code)
                    {
                        state.Take($"modifiers.{modifier.ModifierId}.ratios.{code}");
                    }
                }
            }
        }
    }

    /// <summary>The coverage so far.</summary>
    public CoverageReport ToReport()
    {
        var policies = ImmutableArray.CreateBuilder<PolicyCoverage>();
        foreach (var (catalog, states) in _catalogs)
        {
            foreach (var policy in catalog.Policies)
            {
                var state = states[policy.Id];
                var nodes = state.Order.Select((n, i) => new NodeCoverage(n.Path, n.Kind, n.FactId,
                    (state.Seen[i] & (1 << (int)Truth.True)) != 0,
                    (state.Seen[i] & (1 << (int)Truth.False)) != 0,
                    (state.Seen[i] & (1 << (int)Truth.Unknown)) != 0));
                var branches = state.Branches.Select(b => new BranchCoverage(b.Path, b.Description, state.Taken.Contains(b.Path)));
                policies.Add(new PolicyCoverage(catalog.Id, policy.Id, [.. nodes], [.. branches]));
            }
        }

        return new CoverageReport(policies.ToImmutable());
    }

    private Dictionary<string, PolicyState> StatesOf(PolicyCatalog catalog)
    {
        foreach (var (known, states) in _catalogs)
        {
            if (ReferenceEquals(known, catalog))
            {
                return states;
            }
        }

        var made = catalog.Policies.ToDictionary(p => p.Id, p => new PolicyState(p, catalog), StringComparer.Ordinal);
        _catalogs.Add((catalog, made));
        return made;
    }

    private static void RecordBranches(PolicyState state, AwardRule rule, string path, EnterpriseProfile profile)
    {
        switch (rule)
        {
            case RateAward { Cap: { } cap } rate when profile.Get(rate.Of) is { IsKnown: true } baseValue:
                state.Take(path + (rate.Rate * baseValue.AsNumber() > cap ? ".cap:bound" : ".cap:unbound"));
                break;
            case PerUnitAward { Cap: not null } perUnit when profile.Get(perUnit.Of) is { IsKnown: true }:
                state.Take(path + (AwardCalculator.Compute(perUnit, profile).Capped ? ".cap:bound" : ".cap:unbound"));
                break;
            case CappedAward capped:
                if (AwardCalculator.Compute(capped.Inner, profile).Amount is { } inner)
                {
                    state.Take(path + (inner > capped.Cap ? ".cap:bound" : ".cap:unbound"));
                }

                RecordBranches(state, capped.Inner, path + ".capped", profile);
                break;
            case TieredAward tiers when profile.Get(tiers.FactId) is { IsKnown: true } value:
                var band = -1;
                for (var i = 0; i < tiers.Bands.Length; i++)
                {
                    if (tiers.Bands[i].From <= value.AsNumber() && (band < 0 || tiers.Bands[i].From >= tiers.Bands[band].From))
                    {
                        band = i;
                    }
                }

                state.Take(band < 0 ? path + ".tiers:below" : $"{path}.tiers.bands[{band}]");
                break;
        }
    }

    /// <summary>One policy's nodes (by reasons path) and branches, with what was seen.</summary>
    private sealed class PolicyState
    {
        public PolicyState(Policy policy, PolicyCatalog catalog)
        {
            Policy = policy;
            AddNodes(policy.Eligibility, PredicateInterpreter.RootPath);
            Seen = new byte[Order.Count];
            AddBranches(policy.Award, "award");
            foreach (var (modifier, _) in PolicyEvaluator.ModifiersFor(catalog, policy))
            {
                if (policy.Award is NoAward or CandidacyAward or TaxReductionAward { Of: null })
                {
                    break;
                }

                foreach (var (code, ratio) in modifier.Ratios)
                {
                    Branches.Add(($"modifiers.{modifier.Id}.ratios.{code}", $"{modifier.FactId} = {code}: ×{Facts.Numbers.Format(ratio)}"));
                }
            }
        }

        public Policy Policy { get; }

        public Dictionary<string, int> Nodes { get; } = new(StringComparer.Ordinal);

        public List<(string Path, string Kind, string? FactId)> Order { get; } = [];

        public byte[] Seen { get; }

        public List<(string Path, string Description)> Branches { get; } = [];

        public HashSet<string> Taken { get; } = new(StringComparer.Ordinal);

        public void Take(string path) => Taken.Add(path);

        // The same paths as the evaluators give reasons nodes (PredicateInterpreter, PredicateCompiler).
        private void AddNodes(Predicate node, string path)
        {
            var (kind, factId) = node switch
            {
                AllPredicate => ("all", null),
                AnyPredicate => ("any", null),
                NotPredicate => ("not", null),
                ConstantPredicate c => (c.Value ? "always" : "never", null),
                HasPredicate h => ("has", h.FactId),
                ComparisonPredicate cmp => (cmp.OperatorName, cmp.FactId),
                InPredicate i => ("in", i.FactId),
                WithinPredicate w => ("within", w.FactId),
                _ => (node.GetType().Name, (string?)null),
            };
            Nodes[path] = Order.Count;
            Order.Add((path, kind, factId));
            switch (node)
            {
                case AllPredicate all:
                    for (var i = 0; i < all.Operands.Length; i++)
                    {
                        AddNodes(all.Operands[i], $"{path}.all[{i}]");
                    }

                    break;
                case AnyPredicate any:
                    for (var i = 0; i < any.Operands.Length; i++)
                    {
                        AddNodes(any.Operands[i], $"{path}.any[{i}]");
                    }

                    break;
                case NotPredicate not:
                    AddNodes(not.Operand, path + ".not");
                    break;
            }
        }

        private void AddBranches(AwardRule rule, string path)
        {
            switch (rule)
            {
                case RateAward { Cap: { } cap }:
                    Branches.Add((path + ".cap:bound", $"the cap of {Facts.Numbers.Format(cap)} binds"));
                    Branches.Add((path + ".cap:unbound", $"below the cap of {Facts.Numbers.Format(cap)}"));
                    break;
                case PerUnitAward { Cap: { } unitCap }:
                    Branches.Add((path + ".cap:bound", $"the cap of {Facts.Numbers.Format(unitCap)} binds"));
                    Branches.Add((path + ".cap:unbound", $"below the cap of {Facts.Numbers.Format(unitCap)}"));
                    break;
                case CappedAward capped:
                    Branches.Add((path + ".cap:bound", $"the cap of {Facts.Numbers.Format(capped.Cap)} binds"));
                    Branches.Add((path + ".cap:unbound", $"below the cap of {Facts.Numbers.Format(capped.Cap)}"));
                    AddBranches(capped.Inner, path + ".capped");
                    break;
                case TieredAward tiers:
                    Branches.Add((path + ".tiers:below", $"{tiers.FactId} below every band"));
                    for (var i = 0; i < tiers.Bands.Length; i++)
                    {
                        Branches.Add(($"{path}.tiers.bands[{i}]", $"{tiers.FactId} from {Facts.Numbers.Format(tiers.Bands[i].From)}: {Facts.Numbers.Format(tiers.Bands[i].Amount)}"));
                    }

                    break;
            }
        }
    }
}
