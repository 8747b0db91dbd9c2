using BenchmarkDotNet.Attributes;
using PolicyKit.CatalogFiles;
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
    private byte[] _json = [];

    [Params(145, 10_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = SyntheticCatalog.Generate(Workload.Seed, Items);
        _json = System.Text.Encoding.UTF8.GetBytes(CatalogJson.Write(_catalog));
    }

    [Benchmark]
    public int Read()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return CatalogJson.Read(stream).Policies.Length;
    }

    /// <summary>The whole start-up path of a host: read the JSON, validate, compile.</summary>
    [Benchmark]
    public int ReadValidateAndCompile()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return new CompiledEvaluator(CatalogJson.Read(stream)).PolicyIds.Length;
    }

    [Benchmark]
    public int Validate() => CatalogValidator.Validate(_catalog).Length;

    [Benchmark]
    public int ValidateAndCompile() => new CompiledEvaluator(_catalog).PolicyIds.Length;
}
