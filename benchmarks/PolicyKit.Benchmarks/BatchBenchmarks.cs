using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PolicyKit.Batching;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Profiles;

namespace PolicyKit.Benchmarks;

/// <summary>
/// 1,000,000 synthetic profiles × 145 items, verdict-only, on one thread and on all cores,
/// against the hand-written baseline over the same profiles.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class BatchBenchmarks
{
    private EnterpriseProfile[] _profiles = [];
    private CompiledEvaluator _compiled = null!;
    private VerdictCode[] _verdicts = [];

    [Params(1_000_000)]
    public int Profiles { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    private Totals[] _totals = [];

    [GlobalSetup]
    public void Setup()
    {
        _profiles = Workload.Profiles(Profiles);
        _compiled = new CompiledEvaluator(Workload.Catalog);
        _verdicts = new VerdictCode[(long)Profiles * Workload.Catalog.Policies.Length];
        _totals = new Totals[Profiles];
        Workload.CheckBaseline(_compiled, _profiles.Take(1_000));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Verdicts")]
    public VerdictCode HandWrittenVerdicts()
    {
        var width = Workload.Catalog.Policies.Length;
        Parallel.For(0, Threads, t =>
        {
            for (var i = t; i < _profiles.Length; i += Threads)
            {
                Baseline.HandWrittenRules.Verdicts(_profiles[i].Values, Workload.AsOf, _verdicts.AsSpan(i * width, width));
            }
        });
        return _verdicts[^1];
    }

    [Benchmark, BenchmarkCategory("Verdicts")]
    public VerdictCode CompiledVerdicts()
    {
        _compiled.MatchVerdicts(_profiles, Workload.AsOf, _verdicts, new BatchOptions { MaxDegreeOfParallelism = Threads });
        return _verdicts[^1];
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Awards")]
    public Totals HandWrittenTotals()
    {
        var width = Workload.Catalog.Policies.Length;
        Parallel.For(0, Threads, t =>
        {
            var verdicts = new VerdictCode[width];
            var amounts = new decimal?[width];
            var upTos = new decimal?[width];
            for (var i = t; i < _profiles.Length; i += Threads)
            {
                _totals[i] = Baseline.HandWrittenRules.Evaluate(_profiles[i].Values, Workload.AsOf, verdicts, amounts, upTos);
            }
        });
        return _totals[^1];
    }

    [Benchmark, BenchmarkCategory("Awards")]
    public Totals CompiledTotals()
    {
        _compiled.MatchTotals(_profiles, Workload.AsOf, _totals, new BatchOptions { MaxDegreeOfParallelism = Threads });
        return _totals[^1];
    }
}
