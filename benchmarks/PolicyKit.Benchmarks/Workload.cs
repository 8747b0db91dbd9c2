using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Model;
using PolicyKit.Profiles;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Benchmarks;

/// <summary>The SYNTHETIC workload every benchmark shares: the 145-item synthetic catalog of seed 42.</summary>
internal static class Workload
{
    public const int Seed = 42;

    public static readonly LocalDate AsOf = new(2023, 6, 1);

    public static PolicyCatalog Catalog { get; } = SyntheticCatalog.Generate(Seed);

    public static EnterpriseProfile[] Profiles(int count, double unknownShare = 0.1) =>
        [.. SyntheticProfiles.Generate(Catalog, Seed, count, unknownShare)];

    /// <summary>Fails loudly unless the hand-written baseline decides exactly like the engine, so it measures the same rules.</summary>
    public static void CheckBaseline(CompiledEvaluator evaluator, IEnumerable<EnterpriseProfile> profiles)
    {
        if (Baseline.HandWrittenRules.Seed != Seed || Baseline.HandWrittenRules.PolicyCount != Catalog.Policies.Length)
        {
            throw new InvalidOperationException("the hand-written baseline is stale: run with --generate-baseline.");
        }

        var expected = new VerdictCode[Catalog.Policies.Length];
        var actual = new VerdictCode[Catalog.Policies.Length];
        var amounts = new decimal?[Catalog.Policies.Length];
        var upTos = new decimal?[Catalog.Policies.Length];
        foreach (var profile in profiles)
        {
            evaluator.MatchVerdicts(profile, AsOf, expected);
            var totals = Baseline.HandWrittenRules.Evaluate(profile.Values, AsOf, actual, amounts, upTos);
            var report = evaluator.Evaluate(profile, AsOf);
            if (!expected.AsSpan().SequenceEqual(actual) || totals != report.Totals)
            {
                throw new InvalidOperationException($"the hand-written baseline disagrees with the engine on {profile.Id}: {totals} vs {report.Totals}.");
            }
        }
    }
}
