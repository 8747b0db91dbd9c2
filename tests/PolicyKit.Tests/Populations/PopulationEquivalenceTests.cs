using System.Globalization;
using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Populations;
using PolicyKit.Profiles;
using PolicyKit.Simulation;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Tests.Populations;

/// <summary>
/// The columnar law: on generated (catalog, population) pairs with unknown facts, every figure of
/// a simulation equals the per-profile compiled reports summed, verdict masks equal per-profile
/// verdicts, the scalar and vector paths agree bit for bit, and a simulation against a baseline
/// is the two simulations side by side. POLICYKIT_POPULATION_CASES sets how many pairs (CI: 10,000).
/// </summary>
public class PopulationEquivalenceTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("POLICYKIT_POPULATION_CASES"), CultureInfo.InvariantCulture, out var n) ? n : 300;

    [Fact]
    public void Simulate_OnGeneratedPairs_EqualsPerProfileReportsSummed()
    {
        var failures = new List<string>();
        for (var seed = 1; seed <= Cases && failures.Count < 5; seed++)
        {
            var problem = CheckPair(seed);
            if (problem is not null)
            {
                failures.Add($"seed {seed}: {problem}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Simulate_OverManyBlocksInParallel_EqualsPerProfileReportsSummed()
    {
        var catalog = SyntheticCatalog.Generate(7, 145);
        var profiles = SyntheticProfiles.Generate(catalog, 7, 4500, 0.1).ToList();
        var population = Population.From(catalog.Schema, profiles);
        var asOf = new LocalDate(2023, 6, 30);
        var reference = new ReferenceSimulation(new CompiledEvaluator(catalog), profiles, asOf);

        var result = new PopulationEvaluator(catalog).Simulate(population, asOf, options: new PopulationOptions { MaxDegreeOfParallelism = 2 });

        Problems(result, reference).Should().BeEmpty();
        result.Totals.FirmsWithAward.Should().BeGreaterThan(0);
    }

    /// <summary>
    /// Coverage catalogs hold a modifier that lists only some codes of its closed fact, all below 1
    /// (synthetic-tier): an unknown code then counts 100% in the up-to (§3.16.3) on every path,
    /// the table by code, the rate by key and the per-firm one.
    /// </summary>
    [Fact]
    public void Simulate_ModifierListingOnlySomeCodes_EqualsPerProfileReportsSummed()
    {
        var failures = new List<string>();
        for (var seed = 1; seed <= 12; seed++)
        {
            var catalog = SyntheticCatalog.Generate(seed, 4 + seed, new SyntheticOptions { Coverage = true });
            catalog.Modifiers.Should().Contain(
                m => catalog.Schema.Facts.Single(f => f.Id == m.FactId).Codes.Any(code => !m.Ratios.ContainsKey(code)) && m.Ratios.Values.Max() < 1m,
                "the case needs a modifier that leaves a code out and lists only ratios below 1");
            var profiles = SyntheticProfiles.Edges(catalog, seed, 300, 0.4).ToList();
            var population = Population.From(catalog.Schema, profiles);
            foreach (var asOf in SyntheticCatalog.BoundaryDates(catalog).Where((_, i) => i % 3 == 0))
            {
                var reference = new ReferenceSimulation(new CompiledEvaluator(catalog), profiles, asOf);
                var result = new PopulationEvaluator(catalog).Simulate(population, asOf);
                failures.AddRange(Problems(result, reference).Select(p => $"seed {seed}, {asOf:uuuu-MM-dd}: {p}"));
            }
        }

        failures.Should().BeEmpty();
    }

    internal static string? CheckPair(int seed)
    {
        var random = new Random(seed);
        var options = new SyntheticOptions { Constants = seed % 3 == 0, OddAmounts = seed % 2 == 0, MaxDepth = 1 + seed % 3, LaterForms = seed % 4 != 0 };
        var catalog = SyntheticCatalog.Generate(seed, 1 + random.Next(6), options);
        var baseline = SyntheticCatalog.Generate(seed + 100_000, 1 + random.Next(6), options);
        var profiles = Perturb(SyntheticProfiles.Generate(catalog, seed, random.Next(0, 90), random.Next(6) * 0.1), random).ToList();
        var asOf = new LocalDate(2022, 12, 20).PlusDays(random.Next(400));
        var population = Population.From(catalog.Schema, profiles);
        var small = new PopulationOptions { BlockSize = 64, MaxDegreeOfParallelism = 1 + seed % 2 };

        var draftEvaluator = new PopulationEvaluator(catalog);
        var baseEvaluator = new PopulationEvaluator(baseline);
        var draftReference = new ReferenceSimulation(new CompiledEvaluator(catalog), profiles, asOf);
        var baseReference = new ReferenceSimulation(new CompiledEvaluator(baseline), profiles, asOf);

        var vector = draftEvaluator.Simulate(population, asOf, options: small);
        var scalar = draftEvaluator.Simulate(population, asOf, options: small with { ForceScalar = true });
        var problems = Problems(vector, draftReference).Concat(Problems(scalar, draftReference)).ToList();

        var verdicts = draftEvaluator.MatchVerdicts(population, asOf);
        var scalarVerdicts = draftEvaluator.MatchVerdicts(population, asOf, new PopulationOptions { ForceScalar = true });
        for (var p = 0; p < verdicts.PolicyIds.Length; p++)
        {
            if (!verdicts.EligibleBits(p).SequenceEqual(scalarVerdicts.EligibleBits(p)) || !verdicts.IneligibleBits(p).SequenceEqual(scalarVerdicts.IneligibleBits(p)))
            {
                problems.Add($"scalar and vector masks differ for {verdicts.PolicyIds[p]}");
            }

            for (var firm = 0; firm < profiles.Count; firm++)
            {
                var expected = draftReference.Reports[firm].Find(verdicts.PolicyIds[p])?.Verdict;
                var actual = verdicts[p, firm];
                var same = expected switch
                {
                    null => actual == VerdictCode.NotInForce,
                    Verdict.Eligible => actual == VerdictCode.Eligible,
                    Verdict.Ineligible => actual == VerdictCode.Ineligible,
                    _ => actual == VerdictCode.Undetermined,
                };
                if (!same)
                {
                    problems.Add($"firm {firm} {verdicts.PolicyIds[p]}: {actual}, expected {expected}");
                }
            }
        }

        var compared = draftEvaluator.Simulate(population, asOf, baseEvaluator, small with { ForceScalar = seed % 2 == 0 });
        problems.AddRange(Baseline(compared, vector, draftEvaluator.Simulate(population, asOf, options: small).Totals, baseEvaluator.Simulate(population, asOf, options: small), draftReference, baseReference));
        return problems.Count == 0 ? null : string.Join("; ", problems.Take(4));
    }

    internal static IEnumerable<string> Problems(SimulationResult result, ReferenceSimulation reference)
    {
        if (!result.Policies.Select(p => p.PolicyId).SequenceEqual(reference.PolicyIds))
        {
            yield return $"policies {string.Join(",", result.Policies.Select(p => p.PolicyId))} but reports have {string.Join(",", reference.PolicyIds)}";
            yield break;
        }

        foreach (var row in result.Policies)
        {
            if (row.Figures != reference.Figures[row.PolicyId])
            {
                yield return $"{row.PolicyId}: {row.Figures}, expected {reference.Figures[row.PolicyId]}";
            }
        }

        if (result.Totals != reference.Totals)
        {
            yield return $"totals {result.Totals}, expected {reference.Totals}";
        }
    }

    private static IEnumerable<string> Baseline(SimulationResult compared, SimulationResult draftAlone, TotalFigures draftTotals, SimulationResult baseAlone, ReferenceSimulation draft, ReferenceSimulation baseline)
    {
        if (compared.Totals != draftTotals || compared.BaselineTotals != baseAlone.Totals)
        {
            yield return "side-by-side totals differ from the two simulations";
        }

        if (compared.AmountDelta != draftAlone.Totals.Amount - baseAlone.Totals.Amount)
        {
            yield return "budget delta is not the difference of the two simulations";
        }

        foreach (var row in compared.Policies)
        {
            var baseRow = row.BaselinePolicyId is null ? null : baseAlone.Policies.Single(p => p.PolicyId == row.BaselinePolicyId);
            if (row.Figures is not null && row.Figures != draftAlone.Policies.Single(p => p.PolicyId == row.PolicyId).Figures)
            {
                yield return $"{row.PolicyId}: side-by-side figures differ from the draft alone";
            }

            if (row.Baseline != baseRow?.Figures)
            {
                yield return $"{row.PolicyId}: baseline figures differ from the baseline alone";
            }

            var firms = Enumerable.Range(0, draft.Reports.Count).ToList();
            var gained = firms.Count(f => row.Figures is not null && draft.IsEligible(f, row.PolicyId) && (row.BaselinePolicyId is null || !baseline.IsEligible(f, row.BaselinePolicyId)));
            var lost = firms.Count(f => row.BaselinePolicyId is not null && baseline.IsEligible(f, row.BaselinePolicyId) && (row.Figures is null || !draft.IsEligible(f, row.PolicyId)));
            if (row.Gained != gained || row.Lost != lost)
            {
                yield return $"{row.PolicyId}: gained/lost {row.Gained}/{row.Lost}, expected {gained}/{lost}";
            }

            if (row.Figures is not null && row.Baseline is not null && row.Gained - row.Lost != row.Figures.Eligible - row.Baseline.Eligible)
            {
                yield return $"{row.PolicyId}: gained - lost is not the change in eligible firms";
            }
        }
    }

    /// <summary>Edges the generator does not make: negative and huge figures, odd scales.</summary>
    internal static IEnumerable<EnterpriseProfile> Perturb(IEnumerable<EnterpriseProfile> profiles, Random random)
    {
        foreach (var profile in profiles)
        {
            var roll = random.Next(20);
            yield return roll switch
            {
                0 => profile.ToBuilder().Set(StandardFacts.AnnualRevenue, -random.Next(1, 5_000_000) / 100m).Build(),
                1 => profile.ToBuilder().Set(StandardFacts.ProjectInvestment, 123_456_789.123456m).Build(),
                2 => profile.ToBuilder().Set(StandardFacts.ProjectSiteArea, 12.4999999999999m).Build(),
                3 => profile.ToBuilder().Set(StandardFacts.AnnualOutput, 79_000_000_000_000_000m).Build(),
                _ => profile,
            };
        }
    }
}
