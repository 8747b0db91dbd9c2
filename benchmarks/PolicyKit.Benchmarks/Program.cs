using BenchmarkDotNet.Running;
using PolicyKit.Benchmarks.Baseline;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Benchmarks;

/// <summary>Runs the benchmarks; <c>--generate-baseline</c> rewrites the hand-written baseline instead.</summary>
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
