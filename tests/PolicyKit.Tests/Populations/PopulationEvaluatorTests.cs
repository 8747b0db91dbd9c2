using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Facts;
using PolicyKit.Populations;
using PolicyKit.Populations.Plan;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Simulation;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Tests.Populations;

public class PopulationEvaluatorTests
{
    private static readonly LocalDate AsOf = new(2023, 6, 30);

    [Fact]
    public void Simulate_CancelledToken_Throws()
    {
        var catalog = SyntheticCatalog.Generate(3, 5);
        var population = Population.From(catalog.Schema, SyntheticProfiles.Generate(catalog, 3, 100));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var simulate = () => new PopulationEvaluator(catalog).Simulate(population, AsOf, cancellationToken: cancelled.Token);

        simulate.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Simulate_ReportsProgressUpToEveryFirm()
    {
        var catalog = SyntheticCatalog.Generate(3, 5);
        var population = Population.From(catalog.Schema, SyntheticProfiles.Generate(catalog, 3, 1000));
        var seen = new List<int>();
        var progress = new SynchronousProgress(seen);

        new PopulationEvaluator(catalog).Simulate(population, AsOf, options: new PopulationOptions { Progress = progress, BlockSize = 64, MaxDegreeOfParallelism = 1 });

        seen.Should().NotBeEmpty().And.BeInAscendingOrder();
        seen[^1].Should().Be(1000);
    }

    [Fact]
    public void MatchVerdicts_TextAndCodeEquality_MatchThePerProfileEvaluator()
    {
        var catalog = Support.TestCatalogs.Single(global::PolicyKit.Predicates.Predicate.All(
            StandardFacts.Uscc.Eq("91370212MA3C000001"),
            StandardFacts.MuYieldGrade.In(["A", "B"])));
        var profiles = new[]
        {
            EnterpriseProfile.CreateBuilder().Set(StandardFacts.Uscc, "91370212MA3C000001").Set(StandardFacts.MuYieldGrade, "A").Build(),
            EnterpriseProfile.CreateBuilder().Set(StandardFacts.Uscc, "91370212MA3C000002").Set(StandardFacts.MuYieldGrade, "A").Build(),
            EnterpriseProfile.CreateBuilder().Set(StandardFacts.MuYieldGrade, "B").Build(),
        };
        var population = Population.From(catalog.Schema, profiles);
        var compiled = new CompiledEvaluator(catalog);

        var verdicts = new PopulationEvaluator(catalog).MatchVerdicts(population, AsOf);

        var expected = new VerdictCode[1];
        for (var firm = 0; firm < profiles.Length; firm++)
        {
            compiled.MatchVerdicts(profiles[firm], AsOf, expected);
            verdicts[0, firm].Should().Be(expected[0]);
        }

        verdicts.CountOf(0, VerdictCode.Undetermined).Should().Be(1);
    }

    [Theory]
    [InlineData(SimdWidth.V128)]
    [InlineData(SimdWidth.V256)]
    [InlineData(SimdWidth.V512)]
    internal void MatchVerdicts_EveryVectorWidth_GivesTheScalarBits(SimdWidth width)
    {
        for (var seed = 1; seed <= 6; seed++)
        {
            var catalog = SyntheticCatalog.Generate(seed, 40, new SyntheticOptions { Constants = true, MaxDepth = 3, LaterForms = true });
            var population = Population.From(catalog.Schema, SyntheticProfiles.Generate(catalog, seed, 700 + (seed * 211), seed * 0.05));
            var evaluator = new PopulationEvaluator(catalog);

            var scalar = evaluator.MatchVerdicts(population, AsOf, new PopulationOptions { ForceScalar = true });
            var vector = evaluator.MatchVerdicts(population, AsOf, new PopulationOptions { Width = width });

            for (var p = 0; p < scalar.PolicyIds.Length; p++)
            {
                vector.EligibleBits(p).SequenceEqual(scalar.EligibleBits(p)).Should().BeTrue($"eligible bits of {scalar.PolicyIds[p]} (seed {seed})");
                vector.IneligibleBits(p).SequenceEqual(scalar.IneligibleBits(p)).Should().BeTrue($"ineligible bits of {scalar.PolicyIds[p]} (seed {seed})");
            }

            evaluator.Simulate(population, AsOf, options: new PopulationOptions { Width = width }).Totals
                .Should().Be(evaluator.Simulate(population, AsOf, options: new PopulationOptions { ForceScalar = true }).Totals);
        }
    }

    private sealed class SynchronousProgress(List<int> seen) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }
}
