using BenchmarkDotNet.Running;
using PolicyKit.Benchmarks.Baseline;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Benchmarks;

/// <summary>
/// Runs the benchmarks; <c>--generate-baseline</c> rewrites the hand-written baseline instead, and
/// <c>--generate-population &lt;dir&gt; [firms] [seed]</c> writes a population for PostgreSQL (.ci/postgres.sh).
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

        if (args.Length > 1 && args[0] == "--generate-population")
        {
            PopulationSeed.Write(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000,
                args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : Workload.Seed);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
