using BenchmarkDotNet.Running;
using PolicyKit.Benchmarks.Baseline;
using PolicyKit.Sources;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Benchmarks;

/// <summary>
/// Runs the benchmarks; <c>--generate-baseline</c> rewrites the hand-written baseline instead,
/// <c>--generate-postgres &lt;dir&gt; [firms] [seed]</c> writes a population for PostgreSQL (.ci/postgres.sh), and
/// <c>--generate-population out.jsonl count [seed]</c> writes a SYNTHETIC Laoshan-like population
/// over the reference catalog (docs/simulation.md), and <c>--write-load-body out.json</c> the profile
/// <c>benchmarks/load/match-load.sh</c> posts.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--generate-baseline")
        {
            var path = args.Length > 1 ? args[1] : Path.Combine("benchmarks", "PolicyKit.Benchmarks", "Baseline", "HandWrittenRules.g.cs");
            File.WriteAllText(path, BaselineEmitter.Emit(SyntheticCatalog.Generate(Workload.Seed), Workload.Seed));
            Console.WriteLine("wrote " + path);
            return;
        }

        if (args.Length > 1 && args[0] == "--generate-postgres")
        {
            PopulationSeed.Write(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000,
                args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : Workload.Seed);
            return;
        }

        if (args.Length > 2 && args[0] == "--generate-population")
        {
            var count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
            var seed = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : Workload.Seed;
            File.WriteAllLines(args[1], SyntheticPopulation.LaoshanLike(PolicyKit.Catalogs.Qingdao.QingdaoCatalogs.Reference, seed, count).Select(p => ProfileJson.Write(p)));
            Console.WriteLine($"wrote {count} synthetic firms to {args[1]}");
            return;
        }

        if (args.Length > 1 && args[0] == "--write-load-body")
        {
            File.WriteAllText(args[1], ServiceBenchmarks.Body);
            return;
        }

        // A benchmark whose setup throws (the baseline disagreeing with the engine) must fail CI's smoke run,
        // and BenchmarkDotNet itself exits 0 after reporting it.
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        if (summaries.Count == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success)))
        {
            Console.Error.WriteLine("a benchmark failed or none ran");
            Environment.ExitCode = 1;
        }
    }
}
