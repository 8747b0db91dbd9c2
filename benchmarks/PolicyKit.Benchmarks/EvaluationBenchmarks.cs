using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Profiles;

namespace PolicyKit.Benchmarks;

/// <summary>
/// One profile against the 145-item synthetic catalog: the hand-written baseline, the compiled
/// evaluator and the tree interpreter. Each operation cycles through 1,000 profiles so that no
/// single profile's branches are learned; times are per profile.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EvaluationBenchmarks
{
    private const int Count = 1_000;
    private EnterpriseProfile[] _profiles = [];
    private CompiledEvaluator _compiled = null!;
    private PolicyEvaluator _interpreted = null!;
    private readonly VerdictCode[] _verdicts = new VerdictCode[Workload.Catalog.Policies.Length];
    private readonly decimal?[] _amounts = new decimal?[Workload.Catalog.Policies.Length];
    private readonly decimal?[] _upTos = new decimal?[Workload.Catalog.Policies.Length];

    [GlobalSetup]
    public void Setup()
    {
        _profiles = Workload.Profiles(Count);
        _compiled = new CompiledEvaluator(Workload.Catalog);
        _interpreted = new PolicyEvaluator(Workload.Catalog);
        Workload.CheckBaseline(_compiled, _profiles);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Verdicts")]
    public VerdictCode HandWrittenVerdicts()
    {
        foreach (var p in _profiles)
        {
            Baseline.HandWrittenRules.Verdicts(p.Values, Workload.AsOf, _verdicts);
        }

        return _verdicts[0];
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Verdicts")]
    public VerdictCode CompiledVerdicts()
    {
        foreach (var p in _profiles)
        {
            _compiled.MatchVerdicts(p, Workload.AsOf, _verdicts);
        }

        return _verdicts[0];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("Awards")]
    public Totals HandWrittenAwards()
    {
        Totals t = default;
        foreach (var p in _profiles)
        {
            t = Baseline.HandWrittenRules.Evaluate(p.Values, Workload.AsOf, _verdicts, _amounts, _upTos);
        }

        return t;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Awards")]
    public Totals CompiledAwards()
    {
        Totals t = default;
        foreach (var p in _profiles)
        {
            t = _compiled.MatchTotals(p, Workload.AsOf, _verdicts, _amounts, _upTos);
        }

        return t;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Awards")]
    public Totals CompiledReport()
    {
        Totals t = default;
        foreach (var p in _profiles)
        {
            t = _compiled.Evaluate(p, Workload.AsOf).Totals;
        }

        return t;
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("Awards")]
    public Totals InterpretedReport()
    {
        Totals t = default;
        foreach (var p in _profiles)
        {
            t = _interpreted.Evaluate(p, Workload.AsOf).Totals;
        }

        return t;
    }
}
