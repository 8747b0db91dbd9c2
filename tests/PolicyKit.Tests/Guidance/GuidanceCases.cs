using System.Globalization;
using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Model;
using PolicyKit.Profiles;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Tests.Guidance;

/// <summary>
/// Generated cases for the guidance laws: SYNTHETIC catalogs (deeper trees, constants included)
/// and profiles with many unknown facts, so that most reports have undetermined decisions.
/// </summary>
/// <remarks>
/// The number of cases (profiles) comes from <c>POLICYKIT_GUIDANCE_CASES</c>, 2,000 by default;
/// <c>.ci/run</c> sets at least 10,000.
/// </remarks>
internal static class GuidanceCases
{
    public const string CountVariable = "POLICYKIT_GUIDANCE_CASES";

    public static readonly LocalDate AsOf = new(2023, 6, 30);

    private static readonly Lazy<CompiledEvaluator[]> Evaluators = new(() =>
    [
        .. Enumerable.Range(0, 6).Select(seed => new CompiledEvaluator(
            SyntheticCatalog.Generate(1000 + seed, 40, new SyntheticOptions { Constants = seed % 2 == 1, MaxDepth = 2 + seed % 2, LaterForms = seed % 3 != 0 }))),
    ]);

    public static int Count =>
        int.TryParse(Environment.GetEnvironmentVariable(CountVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2_000;

    /// <summary>Every case: a catalog's evaluator, a profile and its report, the same on every run.</summary>
    public static IEnumerable<(CompiledEvaluator Evaluator, EnterpriseProfile Profile, DecisionReport Report, Random Random)> All()
    {
        var evaluators = Evaluators.Value;
        var random = new Random(20231);
        for (var i = 0; i < Count; i++)
        {
            var evaluator = evaluators[i % evaluators.Length];
            var profile = SyntheticProfiles.One(evaluator.Catalog.Schema, random, unknownShare: 0.35, $"case-{i}");
            yield return (evaluator, profile, evaluator.Evaluate(profile, AsOf), random);
        }
    }

    public static PolicyCatalog Catalog(this CompiledEvaluator evaluator) => evaluator.Catalog;
}
