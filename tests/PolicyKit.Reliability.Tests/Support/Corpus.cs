using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Reliability.Tests.Support;

/// <summary>One generated case: a catalog (with both evaluators), a profile and an as-of date.</summary>
internal sealed record LawCase(CatalogUnderTest Catalog, EnterpriseProfile Profile, LocalDate AsOf, int Seed)
{
    public override string ToString() => $"catalog seed {Seed}, profile {Profile.Id}, as of {AsOf:yyyy-MM-dd}";
}

/// <summary>A generated catalog with its compiled evaluator and tree interpreter.</summary>
internal sealed class CatalogUnderTest(PolicyCatalog catalog)
{
    public PolicyCatalog Catalog { get; } = catalog;

    public CompiledEvaluator Compiled { get; } = new(catalog);

    public PolicyEvaluator Interpreter { get; } = new(catalog);
}

/// <summary>
/// The seeded stream of cases the laws are checked on: coverage catalogs of 1 to 30 items
/// (seed = catalog number), 20 boundary profiles each, as-of dates on validity boundaries.
/// </summary>
internal static class Corpus
{
    public const int ProfilesPerCatalog = 20;

    public static readonly ReportWriteOptions Compact = new() { Indented = false };

    public static IEnumerable<LawCase> Cases(int count, int firstSeed = 1)
    {
        var made = 0;
        for (var seed = firstSeed; made < count; seed++)
        {
            var random = new Random(seed);
            var catalog = new CatalogUnderTest(Catalog(seed, 1 + random.Next(30)));
            var dates = SyntheticCatalog.BoundaryDates(catalog.Catalog);
            foreach (var profile in SyntheticProfiles.Edges(catalog.Catalog, seed, Math.Min(ProfilesPerCatalog, count - made), unknownShare: random.NextDouble() * 0.6))
            {
                made++;
                yield return new LawCase(catalog, profile, dates[random.Next(dates.Count)], seed);
            }
        }
    }

    public static PolicyCatalog Catalog(int seed, int policies) =>
        SyntheticCatalog.Generate(seed, policies, new SyntheticOptions { Coverage = true, Constants = seed % 3 == 0, OddAmounts = seed % 2 == 0, MaxDepth = 1 + seed % 4 });

    /// <summary>The report as compact JSON with reasons in both languages: what "identical reports" compares.</summary>
    public static string Json(DecisionReport report) => ReportJson.Write(report, Compact);
}
