using System.Text;
using PolicyKit.CatalogFiles;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Formats;
using PolicyKit.Reliability.Tests.Support;
using PolicyKit.Sources;
using PolicyKit.Testing.Synthetic;
using Xunit.Abstractions;

namespace PolicyKit.Reliability.Tests.Hostile;

/// <summary>
/// Seeded mutations of valid catalog and profile JSON (<see cref="CaseCounts.Hostile"/> of each:
/// 5,000 by default, 100,000 in CI). Each must load validly or throw the one located
/// <see cref="CatalogFormatException"/>, within <see cref="Watchdog.CaseLimit"/>, with memory flat.
/// </summary>
[Collection(HeapSensitive.Name)]
public class MutationTests(ITestOutputHelper output)
{
    private const long HeapGrowthLimit = 64L * 1024 * 1024;

    private static readonly Sources Pool = new();

    [Fact]
    public void CatalogMutations_LoadValidlyOrThrowTheOneLocatedException()
    {
        var watchdog = new Watchdog();
        var tally = new Tally();
        var failures = watchdog.Run(CaseCounts.Hostile, i =>
        {
            var source = Pool.Catalogs[i % Pool.Catalogs.Length];
            var (bytes, kind) = Mutator.Mutate(source, i);
            return Outcome.Of(
                () => i % 2 == 0 ? CatalogJson.Read(new MemoryStream(bytes), sourceName: "mutated.json") : CatalogJson.Read(Encoding.UTF8.GetString(bytes)),
                catalog => Outcome.Evaluate(catalog, i),
                outcome => tally.Add(kind, outcome)) is { } failure ? $"{kind}: {failure}" : null;
        }, "catalog");
        tally.Report(output, "catalog", watchdog);

        failures.Should().BeEmpty();
        watchdog.HeapSamples[^1].Should().BeLessThan(watchdog.HeapSamples[0] + HeapGrowthLimit, "memory must not grow with the number of files read");
    }

    [Fact]
    public void ProfileMutations_LoadValidlyOrThrowTheOneLocatedException()
    {
        var watchdog = new Watchdog();
        var tally = new Tally();
        var failures = watchdog.Run(CaseCounts.Hostile, i =>
        {
            var (source, target) = Pool.Profiles[i % Pool.Profiles.Length];
            var (bytes, kind) = Mutator.Mutate(source, i);
            return Outcome.Of(
                () => (i % 3) switch
                {
                    0 => ProfileJson.Read(new MemoryStream(bytes), target.Compiled.Catalog.Schema, sourceName: "mutated.json"),
                    1 => ProfileJson.Read(Encoding.UTF8.GetString(bytes), target.Compiled.Catalog.Schema),
                    _ => ProfileJson.ReadLine(Encoding.UTF8.GetString(bytes), target.Compiled.Catalog.Schema, 1 + i),
                },
                profile => Outcome.Evaluate(profile, target.Compiled, target.Interpreter),
                outcome => tally.Add(kind, outcome)) is { } failure ? $"{kind}: {failure}" : null;
        }, "profile");
        tally.Report(output, "profile", watchdog);

        failures.Should().BeEmpty();
        watchdog.HeapSamples[^1].Should().BeLessThan(watchdog.HeapSamples[0] + HeapGrowthLimit, "memory must not grow with the number of files read");
    }

    /// <summary>Valid files to mutate: coverage catalogs of 2 to 12 items, indented and compact, and boundary profiles of each.</summary>
    private sealed class Sources
    {
        public Sources()
        {
            var catalogs = Enumerable.Range(1, 16).Select(seed => Corpus.Catalog(seed, 2 + seed % 11)).ToList();
            Catalogs = [.. catalogs.Select((c, i) => Encoding.UTF8.GetBytes(CatalogJson.Write(c, indented: i % 2 == 0)))];
            Profiles =
            [
                .. catalogs.SelectMany((c, i) =>
                {
                    var target = new Target(new CompiledEvaluator(c), new PolicyEvaluator(c));
                    return SyntheticProfiles.Edges(c, i, 4, unknownShare: 0.1).Select(p => (Encoding.UTF8.GetBytes(ProfileJson.Write(p, indented: i % 2 == 1)), target));
                }),
            ];
        }

        public byte[][] Catalogs { get; }

        public (byte[] Json, Target Target)[] Profiles { get; }
    }

    /// <summary>Counts outcomes per mutation kind, for the test log and docs/reliability.md.</summary>
    private sealed class Tally
    {
        private readonly SortedDictionary<string, (int Loaded, int Rejected)> _counts = new(StringComparer.Ordinal);

        public void Add(string kind, string outcome)
        {
            var (loaded, rejected) = _counts.GetValueOrDefault(kind);
            _counts[kind] = outcome == "loaded" ? (loaded + 1, rejected) : (loaded, rejected + 1);
        }

        public void Report(ITestOutputHelper output, string what, Watchdog watchdog)
        {
            output.WriteLine($"{what}: {_counts.Values.Sum(c => c.Loaded + c.Rejected)} mutated files; slowest case {watchdog.Slowest.TotalMilliseconds:F0} ms; heap after full GC {watchdog.HeapSamples[0] / 1024 / 1024} MiB first, {watchdog.HeapSamples[^1] / 1024 / 1024} MiB last");
            foreach (var (kind, (loaded, rejected)) in _counts)
            {
                output.WriteLine($"  {kind}: {loaded} loaded, {rejected} rejected");
            }
        }
    }

    private sealed record Target(CompiledEvaluator Compiled, PolicyEvaluator Interpreter);
}
