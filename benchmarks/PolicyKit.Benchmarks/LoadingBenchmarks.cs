using BenchmarkDotNet.Attributes;
using PolicyKit.Compilation;
using PolicyKit.Model;
using PolicyKit.Testing.Synthetic;
using PolicyKit.Validation;

namespace PolicyKit.Benchmarks;

/// <summary>Validating and compiling a synthetic catalog of 145 and of 10,000 items.</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private PolicyCatalog _catalog = null!;

    [Params(145, 10_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup() => _catalog = SyntheticCatalog.Generate(Workload.Seed, Items);

    [Benchmark]
    public int Validate() => CatalogValidator.Validate(_catalog).Length;

    [Benchmark]
    public int ValidateAndCompile() => new CompiledEvaluator(_catalog).PolicyIds.Length;
}
