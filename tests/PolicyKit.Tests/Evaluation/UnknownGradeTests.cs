using NodaTime;
using PolicyKit.CatalogFiles;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Model;
using PolicyKit.Populations;
using PolicyKit.Simulation;
using PolicyKit.Sources;

namespace PolicyKit.Tests.Evaluation;

/// <summary>
/// Issue 18 (4), specification §3.16.3: with the grade unknown, the up-to is the most the award could
/// reach, so a code the modifier does not list (paid in full) counts at 100%. Every engine follows.
/// </summary>
public class UnknownGradeTests
{
    private static readonly LocalDate AsOf = new(2023, 6, 30);

    /// <summary>The repro: a Jimo list, one item always → fixed 100,000, non-investment, a grade modifier.</summary>
    private static PolicyCatalog Catalog(string ratios) => CatalogJson.Read($$"""
        {
          "id": "synthetic-unknown-grade", "version": "1",
          "lists": [ { "id": "l", "title": { "zh": "清单（虚构）" }, "jurisdiction": "370215", "validity": { "start": "2023-01-01", "end": "2023-12-31" } } ],
          "policies": [ { "id": "p", "list": "l", "title": { "zh": "政策（虚构）" }, "fundingKind": "non-investment", "eligibility": { "always": true }, "award": { "fixed": 100000 } } ],
          "modifiers": [ { "id": "g", "jurisdiction": "370215", "fundingKind": "non-investment", "fact": "enterprise.muYieldGrade", "ratios": {{ratios}} } ]
        }
        """);

    public static TheoryData<string, decimal> Cases => new()
    {
        { """{ "D": 0 }""", 100_000m },
        { """{ "C": 0.8, "D": 0 }""", 100_000m },
        { """{ "A": 0.9, "B": 0.9, "C": 0.8, "D": 0 }""", 90_000m },
        { """{ "A": 1, "B": 1, "C": 0.8, "D": 0 }""", 100_000m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void UnknownGrade_UpToIsTheMostTheAwardCouldReach_InEveryEngine(string ratios, decimal expected)
    {
        var catalog = Catalog(ratios);
        var profile = ProfileJson.Read("""{ "facts": {} }""", catalog.Schema);

        foreach (IPolicyEvaluator evaluator in new IPolicyEvaluator[] { new PolicyEvaluator(catalog), new CompiledEvaluator(catalog) })
        {
            var report = evaluator.Evaluate(profile, AsOf);
            var award = report.Decisions.Single().Award!;
            award.Amount.Should().BeNull(evaluator.GetType().Name);
            award.UpTo.Should().Be(expected, evaluator.GetType().Name);
            report.Totals.UpTo.Should().Be(expected, evaluator.GetType().Name);
        }

        var population = Population.From(catalog.Schema, [profile]);
        var simulated = new PopulationEvaluator(catalog).Simulate(population, AsOf);
        simulated.Totals.UpTo.Should().Be(expected, "the columnar path");
        simulated.Totals.FirmsWithAward.Should().Be(1, "an unknown grade could be worth the whole award");
    }

    [Fact]
    public void UnknownGrade_ModifierText_NamesTheFactorCounted()
    {
        var catalog = Catalog("""{ "D": 0 }""");
        var report = new CompiledEvaluator(catalog).Evaluate(ProfileJson.Read("""{ "facts": {} }""", catalog.Schema), AsOf);

        report.Decisions.Single().Award!.Modifiers.Single().Text.Zh.Should().Contain("100%");
    }
}
