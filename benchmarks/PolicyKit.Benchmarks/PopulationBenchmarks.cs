using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Populations;
using PolicyKit.Profiles;
using PolicyKit.Simulation;

namespace PolicyKit.Benchmarks;

/// <summary>
/// Columnar evaluation of the 145-item SYNTHETIC catalog over a population held as columns,
/// beside the hand-written per-profile baseline over the same firms: verdicts only, and the full
/// simulation (verdicts, exact awards, modifiers, stacking, exclusive groups, totals summed).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class PopulationBenchmarks
{
    private EnterpriseProfile[] _profiles = [];
    private Population _population = null!;
    private PopulationEvaluator _evaluator = null!;
    private VerdictCode[] _verdicts = [];
    private Totals[] _totals = [];

    /// <summary>Firm counts; <c>POLICYKIT_BENCH_FIRMS</c> (comma-separated) narrows a long run.</summary>
    [ParamsSource(nameof(FirmCounts))]
    public int Firms { get; set; }

    /// <summary>Shares of unknown facts; <c>POLICYKIT_BENCH_UNKNOWN</c> narrows a long run.</summary>
    [ParamsSource(nameof(UnknownShares))]
    public double Unknown { get; set; }

    /// <summary>Worker counts; <c>POLICYKIT_BENCH_THREADS</c> narrows a long run.</summary>
    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    public static IEnumerable<int> FirmCounts => Choose("POLICYKIT_BENCH_FIRMS", [100_000, 1_000_000]);

    public static IEnumerable<double> UnknownShares => Choose("POLICYKIT_BENCH_UNKNOWN", [0.0, 0.1]);

    public static IEnumerable<int> ThreadCounts => Choose("POLICYKIT_BENCH_THREADS", [1, 2]);

    private static T[] Choose<T>(string variable, T[] all)
        where T : System.IParsable<T> =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } chosen
            ? [.. chosen.Split(',').Select(v => T.Parse(v, System.Globalization.CultureInfo.InvariantCulture))]
            : all;

    [GlobalSetup]
    public void Setup()
    {
        _profiles = Workload.Profiles(Firms, Unknown);
        _population = Population.From(Workload.Catalog.Schema, _profiles);
        _evaluator = new PopulationEvaluator(Workload.Catalog);
        _verdicts = new VerdictCode[(long)Firms * Workload.Catalog.Policies.Length];
        _totals = new Totals[Firms];
        Workload.CheckBaseline(new CompiledEvaluator(Workload.Catalog), _profiles.Take(500));
        Console.WriteLine($"// population of {Firms:N0} firms: {_population.ColumnBytes / 1_000_000.0:0.0} MB of columns");
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
    public int ColumnarVerdicts() =>
        _evaluator.MatchVerdicts(_population, Workload.AsOf, new PopulationOptions { MaxDegreeOfParallelism = Threads }).CountOf(0, VerdictCode.Eligible);

    [Benchmark(Baseline = true), BenchmarkCategory("Simulation")]
    public decimal HandWrittenTotals()
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
        return _totals[^1].Amount;
    }

    [Benchmark, BenchmarkCategory("Simulation")]
    public TotalFigures ColumnarSimulation() =>
        _evaluator.Simulate(_population, Workload.AsOf, options: new PopulationOptions { MaxDegreeOfParallelism = Threads }).Totals;
}
