using System.Text;
using BenchmarkDotNet.Attributes;
using PolicyKit.Populations;
using PolicyKit.Serialization;

namespace PolicyKit.Benchmarks;

/// <summary>Reading a SYNTHETIC population from JSON Lines into columns, one core (the target: 500,000 firms/s).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PopulationLoadingBenchmarks
{
    private string _jsonLines = "";

    [Params(100_000)]
    public int Firms { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _jsonLines = new StringBuilder().AppendJoin('\n', Workload.Profiles(Firms).Select(p => ProfileJson.Write(p))).ToString();

    [Benchmark]
    public int JsonLinesToPopulation()
    {
        using var reader = new StringReader(_jsonLines);
        return Population.From(Workload.Catalog.Schema, ProfileJson.ReadLines(reader, Workload.Catalog.Schema)).Count;
    }
}
