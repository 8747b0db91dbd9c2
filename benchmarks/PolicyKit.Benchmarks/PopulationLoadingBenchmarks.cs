using System.Text;
using BenchmarkDotNet.Attributes;
using PolicyKit.Sources;

namespace PolicyKit.Benchmarks;

/// <summary>
/// Reading a SYNTHETIC population from JSON Lines and CSV bytes into columns, one core (the issue's
/// target: 500,000 firms/s): the whole path a host takes, parsing included.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PopulationLoadingBenchmarks
{
    private byte[] _jsonLines = [];
    private byte[] _csv = [];

    [Params(100_000)]
    public int Firms { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var profiles = Workload.Profiles(Firms);
        _jsonLines = Encoding.UTF8.GetBytes(new StringBuilder().AppendJoin('\n', profiles.Select(p => ProfileJson.Write(p))).ToString());
        _csv = Encoding.UTF8.GetBytes(ProfileCsv.Write(profiles, Workload.Catalog.Schema));
    }

    [Benchmark]
    public int JsonLinesToPopulation()
    {
        using var stream = new MemoryStream(_jsonLines, writable: false);
        return PopulationReader.ReadJsonLines(stream, Workload.Catalog.Schema).Count;
    }

    [Benchmark]
    public int CsvToPopulation()
    {
        using var stream = new MemoryStream(_csv, writable: false);
        return PopulationReader.ReadCsv(stream, Workload.Catalog.Schema).Count;
    }
}
