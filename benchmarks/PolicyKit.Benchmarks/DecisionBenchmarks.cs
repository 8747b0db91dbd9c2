using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PolicyKit.Batching;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Populations;
using PolicyKit.Profiles;

namespace PolicyKit.Benchmarks;

/// <summary>
/// Per-firm decisions without reasons for N firms × the 145 synthetic items (issue 19): the columnar
/// <see cref="PopulationEvaluator.Decide"/> (and reading every eligible and undetermined row's figures)
/// against <see cref="BatchEvaluation"/> verdicts and totals on the same firms and threads, in one run.
/// The knobs are <see cref="PopulationBenchmarks"/>'s: POLICYKIT_BENCH_FIRMS, _UNKNOWN, _THREADS.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class DecisionBenchmarks
{
    private EnterpriseProfile[] _profiles = [];
    private Population _population = null!;
    private PopulationEvaluator _evaluator = null!;
    private CompiledEvaluator _compiled = null!;
    private VerdictCode[] _verdicts = [];
    private Totals[] _totals = [];

    [ParamsSource(nameof(FirmCounts))]
    public int Firms { get; set; }

    [ParamsSource(nameof(UnknownShares))]
    public double Unknown { get; set; }

    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    public static IEnumerable<int> FirmCounts => PopulationBenchmarks.FirmCounts;

    public static IEnumerable<double> UnknownShares => PopulationBenchmarks.UnknownShares;

    public static IEnumerable<int> ThreadCounts => PopulationBenchmarks.ThreadCounts;

    [GlobalSetup]
    public void Setup()
    {
        _profiles = Workload.Profiles(Firms, Unknown);
        _population = Population.From(Workload.Catalog.Schema, _profiles);
        _evaluator = new PopulationEvaluator(Workload.Catalog);
        _compiled = new CompiledEvaluator(Workload.Catalog);
        _verdicts = new VerdictCode[(long)Firms * Workload.Catalog.Policies.Length];
        _totals = new Totals[Firms];
    }

    /// <summary>The per-profile baseline: every firm's verdicts and totals through <see cref="BatchEvaluation"/>.</summary>
    [Benchmark(Baseline = true)]
    public Totals BatchVerdictsAndTotals()
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = Threads };
        _compiled.MatchVerdicts(_profiles, Workload.AsOf, _verdicts, options);
        _compiled.MatchTotals(_profiles, Workload.AsOf, _totals, options);
        return _totals[^1];
    }

    /// <summary>Every firm's decisions (verdicts, totals, next question) on the columnar path.</summary>
    [Benchmark]
    public Totals Decide()
    {
        var decisions = _evaluator.Decide(_population, Workload.AsOf, new PopulationOptions { MaxDegreeOfParallelism = Threads });
        return decisions.TotalsOf(Firms - 1);
    }

    /// <summary>Decide, then every eligible and undetermined row with its figures, missing facts and question (one thread for the rows).</summary>
    [Benchmark]
    public decimal DecideAndReadRows()
    {
        var decisions = _evaluator.Decide(_population, Workload.AsOf, new PopulationOptions { MaxDegreeOfParallelism = Threads });
        var sum = 0m;
        foreach (var row in decisions.Rows())
        {
            sum += row.UpTo ?? 0m;
        }

        return sum;
    }
}
