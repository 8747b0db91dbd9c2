using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Guidance;
using PolicyKit.Populations;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Tests.Populations;

/// <summary>
/// The decisions law (specification §10.11): on generated (catalog, population) pairs with unknown facts,
/// the columnar decisions equal the per-profile reports without reasons, firm by firm and item by item
/// (verdict, amount, up-to, capped, missing facts, next question, totals), on every block size, width and
/// number of workers. POLICYKIT_DECISION_CASES sets how many pairs (CI: 10,000).
/// </summary>
public class PopulationDecisionsTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("POLICYKIT_DECISION_CASES"), CultureInfo.InvariantCulture, out var n) ? n : 200;

    [Fact]
    public void Decide_OnGeneratedPairs_EqualsPerProfileReportsWithoutReasons()
    {
        var failures = new List<string>();
        for (var seed = 1; seed <= Cases && failures.Count < 5; seed++)
        {
            var problems = CheckPair(seed).Take(4).ToList();
            if (problems.Count > 0)
            {
                failures.Add($"seed {seed}: {string.Join("; ", problems)}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Decide_OverManyBlocksInParallel_EqualsPerProfileReports()
    {
        var catalog = SyntheticCatalog.Generate(11, 145, new SyntheticOptions { LaterForms = true });
        var profiles = SyntheticProfiles.Generate(catalog, 11, 4500, 0.1).ToList();
        var population = Population.From(catalog.Schema, profiles);
        var asOf = new LocalDate(2023, 6, 30);
        var compiled = new CompiledEvaluator(catalog);

        var decisions = new PopulationEvaluator(catalog).Decide(population, asOf, new PopulationOptions { MaxDegreeOfParallelism = 2 });

        var problems = new List<string>();
        for (var firm = 0; firm < profiles.Count && problems.Count < 5; firm += 7)
        {
            problems.AddRange(Compare(decisions, firm, compiled.Evaluate(profiles[firm], asOf), catalog));
        }

        problems.Should().BeEmpty();
        Enumerable.Range(0, decisions.PolicyIds.Length).Sum(p => decisions.CountOf(p, VerdictCode.Undetermined)).Should().BeGreaterThan(0);
        Enumerable.Range(0, profiles.Count).Count(f => decisions.NextQuestion(f) is not null).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Rows_AgreeWithTheAccessorsAndTheFilter()
    {
        var catalog = SyntheticCatalog.Generate(5, 30, new SyntheticOptions { LaterForms = true });
        var profiles = SyntheticProfiles.Generate(catalog, 5, 300, 0.2).ToList();
        var population = Population.From(catalog.Schema, profiles);
        var asOf = new LocalDate(2023, 6, 30);
        var decisions = new PopulationEvaluator(catalog).Decide(population, asOf, new PopulationOptions { BlockSize = 64 });

        var all = decisions.Rows(DecisionRowFilter.All).ToList();
        var open = decisions.Rows().ToList();
        var undetermined = decisions.Rows(DecisionRowFilter.Undetermined).ToList();
        var inForce = Enumerable.Range(0, decisions.PolicyIds.Length).Where(decisions.IsInForce).ToList();

        all.Should().HaveCount(inForce.Count * profiles.Count);
        open.Should().OnlyContain(r => r.Verdict == VerdictCode.Eligible || r.Verdict == VerdictCode.Undetermined);
        open.Should().HaveCount(inForce.Sum(p => decisions.CountOf(p, VerdictCode.Eligible) + decisions.CountOf(p, VerdictCode.Undetermined)));
        undetermined.Should().NotBeEmpty();
        foreach (var row in all)
        {
            var p = decisions.PolicyIds.IndexOf(row.PolicyId);
            row.Verdict.Should().Be(decisions.Verdict(p, row.Firm));
            row.Amount.Should().Be(decisions.Amount(p, row.Firm));
            row.UpTo.Should().Be(decisions.UpTo(p, row.Firm));
            row.Capped.Should().Be(decisions.Capped(p, row.Firm));
            row.MissingFacts.Should().Equal(decisions.MissingFacts(p, row.Firm));
            if (row.Verdict == VerdictCode.Undetermined)
            {
                row.Question.Should().NotBeNull().And.BeOneOf(row.MissingFacts);
            }
        }

        var first = inForce[0];
        decisions.FirmsWith(first, VerdictCode.Undetermined).Should().Equal(all.Where(r => r.PolicyId == decisions.PolicyIds[first] && r.Verdict == VerdictCode.Undetermined).Select(r => r.Firm));
        decisions.Rows(DecisionRowFilter.Eligible, [decisions.PolicyIds[first]]).Should().OnlyContain(r => r.PolicyId == decisions.PolicyIds[first] && r.Verdict == VerdictCode.Eligible);
        decisions.Firms().Select(f => f.NextQuestion).Should().Equal(Enumerable.Range(0, profiles.Count).Select(decisions.NextQuestion));
        decisions.Firms().Select(f => f.Undetermined).Should().Equal(Enumerable.Range(0, profiles.Count).Select(f => undetermined.Count(r => r.Firm == f)));
    }

    [Fact]
    public void Rows_UnknownPolicyId_IsRefused()
    {
        var catalog = SyntheticCatalog.Generate(3, 4);
        var decisions = new PopulationEvaluator(catalog).Decide(Population.From(catalog.Schema, SyntheticProfiles.Generate(catalog, 3, 5, 0.1)), new LocalDate(2023, 6, 30));

        var act = () => decisions.Rows(policyIds: ["no-such-item"]).ToList();

        act.Should().Throw<ArgumentException>().WithMessage("*no-such-item*");
    }

    internal static IEnumerable<string> CheckPair(int seed)
    {
        var random = new Random(seed);
        var options = new SyntheticOptions { Constants = seed % 3 == 0, OddAmounts = seed % 2 == 0, MaxDepth = 1 + seed % 3, LaterForms = seed % 8 != 0 };
        var catalog = SyntheticCatalog.Generate(seed, 1 + random.Next(10), options);
        var profiles = PopulationEquivalenceTests.Perturb(SyntheticProfiles.Generate(catalog, seed, random.Next(0, 60), random.Next(6) * 0.1), random).ToList();
        var asOf = new LocalDate(2022, 12, 20).PlusDays(random.Next(400));
        var population = Population.From(catalog.Schema, profiles);
        var populationOptions = new PopulationOptions { BlockSize = 64 << random.Next(3), MaxDegreeOfParallelism = 1 + seed % 2, ForceScalar = seed % 5 == 0 };
        var compiled = new CompiledEvaluator(catalog);

        var decisions = new PopulationEvaluator(catalog).Decide(population, asOf, populationOptions);

        var rows = decisions.Rows(DecisionRowFilter.All).ToLookup(r => r.Firm);
        for (var firm = 0; firm < profiles.Count; firm++)
        {
            var report = compiled.Evaluate(profiles[firm], asOf);
            foreach (var problem in Compare(decisions, firm, report, catalog))
            {
                yield return problem;
            }

            foreach (var row in rows[firm])
            {
                var decision = report.Find(row.PolicyId);
                if (decision is null || !row.MissingFacts.SequenceEqual(decision.MissingFacts) || row.UpTo != decision.Award?.UpTo)
                {
                    yield return $"firm {firm} {row.PolicyId}: row differs from the report";
                }
            }
        }
    }

    private static IEnumerable<string> Compare(PopulationDecisions decisions, int firm, DecisionReport report, Model.PolicyCatalog catalog)
    {
        for (var p = 0; p < decisions.PolicyIds.Length; p++)
        {
            var id = decisions.PolicyIds[p];
            var expected = report.Find(id);
            var verdict = decisions.Verdict(p, firm);
            if (expected is null)
            {
                if (verdict != VerdictCode.NotInForce)
                {
                    yield return $"firm {firm} {id}: {verdict}, expected not in force";
                }

                continue;
            }

            var same = expected.Verdict switch
            {
                Verdict.Eligible => verdict == VerdictCode.Eligible,
                Verdict.Ineligible => verdict == VerdictCode.Ineligible,
                _ => verdict == VerdictCode.Undetermined,
            };
            if (!same)
            {
                yield return $"firm {firm} {id}: {verdict}, expected {expected.Verdict}";
                continue;
            }

            if (decisions.Amount(p, firm) != expected.Award?.Amount || decisions.UpTo(p, firm) != expected.Award?.UpTo)
            {
                yield return $"firm {firm} {id}: {decisions.Amount(p, firm)}/{decisions.UpTo(p, firm)}, expected {expected.Award?.Amount}/{expected.Award?.UpTo}";
            }

            if (decisions.Capped(p, firm) != (expected.Award?.Capped ?? false))
            {
                yield return $"firm {firm} {id}: capped {decisions.Capped(p, firm)}, expected {expected.Award?.Capped}";
            }

            var missing = decisions.MissingFacts(p, firm);
            if (!missing.SequenceEqual(expected.MissingFacts))
            {
                yield return $"firm {firm} {id}: missing [{string.Join(",", missing)}], expected [{string.Join(",", expected.MissingFacts)}]";
            }
        }

        var totals = decisions.TotalsOf(firm);
        if (totals != report.Totals || totals.Unstated != report.Totals.Unstated)
        {
            yield return $"firm {firm}: totals {totals}, expected {report.Totals}";
        }

        var question = PolicyGuide.NextQuestions(report, catalog).FirstOrDefault()?.FactId;
        if (decisions.NextQuestion(firm) != question)
        {
            yield return $"firm {firm}: next question {decisions.NextQuestion(firm)}, expected {question}";
        }
    }
}
