using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Facts;
using PolicyKit.Populations;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
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
