using System.Text;
using BenchmarkDotNet.Attributes;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Sources;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Benchmarks;

/// <summary>
/// Reading 100,000 generated profiles (10% unknown facts) on one thread: JSON Lines through the
/// fast path, the same lines through the strict per-line reader it falls back to, and CSV.
/// Profiles per second = 100,000 / the mean.
/// </summary>
[MemoryDiagnoser]
public class ProfileReadingBenchmarks
{
    private const int Firms = 100_000;
    private FactSchema _schema = null!;
    private byte[] _jsonLines = [];
    private string[] _lines = [];
    private byte[] _csv = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalog = SyntheticCatalog.Generate(Workload.Seed);
        _schema = catalog.Schema;
        var profiles = SyntheticProfiles.Generate(catalog, Workload.Seed, Firms).ToList();
        _lines = [.. profiles.Select(p => ProfileJson.Write(p))];
        _jsonLines = Encoding.UTF8.GetBytes(string.Concat(_lines.Select(l => l + "\n")));
        _csv = Encoding.UTF8.GetBytes(ProfileCsv.Write(profiles, _schema));
        if (JsonLines() != Firms || Csv() != Firms || StrictJsonLines() != Firms)
        {
            throw new InvalidOperationException("a reader lost profiles.");
        }
    }

    [Benchmark(Baseline = true)]
    public int StrictJsonLines()
    {
        var n = 0;
        for (var i = 0; i < _lines.Length; i++)
        {
            n += ProfileJson.ReadLine(_lines[i], _schema, i + 1) is null ? 0 : 1;
        }

        return n;
    }

    [Benchmark]
    public int JsonLines()
    {
        using var stream = new MemoryStream(_jsonLines, writable: false);
        return ProfileJson.ReadLines(stream, _schema).Count();
    }

    [Benchmark]
    public int Csv()
    {
        using var stream = new MemoryStream(_csv, writable: false);
        return ProfileCsv.ReadRows(stream, _schema).Count();
    }
}
