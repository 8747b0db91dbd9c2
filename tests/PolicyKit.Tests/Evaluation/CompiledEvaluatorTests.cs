using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Profiles;
using PolicyKit.Testing.Synthetic;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Evaluation;

/// <summary>The compiled evaluator against the tree interpreter, on generated (synthetic) catalogs and profiles.</summary>
public class CompiledEvaluatorTests
{
    [Fact]
    public void Evaluate_TenThousandGeneratedPairs_IdenticalToInterpreter()
    {
        var pairs = 0;
        var verdicts = new Dictionary<Verdict, int>();
        for (var seed = 0; seed < 100; seed++)
        {
            var catalog = SyntheticCatalog.Generate(seed, policies: 12, new SyntheticOptions { Constants = true, OddAmounts = true, MaxDepth = 3, LaterForms = true });
            var compiled = new CompiledEvaluator(catalog);
            var interpreted = new PolicyEvaluator(catalog);
            var random = new Random(seed);
            foreach (var profile in SyntheticProfiles.Generate(catalog, seed, 100, unknownShare: 0.25))
            {
                var asOf = new NodaTime.LocalDate(2022, 12, 1).PlusDays(random.Next(420));
                var expected = interpreted.Evaluate(profile, asOf);
                var actual = compiled.Evaluate(profile, asOf);

                ReportText.Of(actual).Should().Be(ReportText.Of(expected), $"seed {seed}, profile {profile.Id}, as of {asOf}");
                foreach (var d in expected.Decisions)
                {
                    verdicts[d.Verdict] = verdicts.GetValueOrDefault(d.Verdict) + 1;
                }

                pairs++;
            }
        }

        pairs.Should().Be(10_000);
        verdicts.Keys.Should().BeEquivalentTo([Verdict.Eligible, Verdict.Ineligible, Verdict.Undetermined], "the generated cases must exercise every verdict");
        verdicts.Values.Should().OnlyContain(n => n > 1_000);
    }

    [Fact]
    public void MatchVerdicts_AgreesWithFullEvaluation()
    {
        var catalog = SyntheticCatalog.Generate(7);
        var evaluator = new CompiledEvaluator(catalog);
        var verdicts = new VerdictCode[evaluator.PolicyIds.Length];
        foreach (var profile in SyntheticProfiles.Generate(catalog, 7, 200))
        {
            evaluator.MatchVerdicts(profile, TestCatalogs.AsOf, verdicts);
            var report = evaluator.Evaluate(profile, TestCatalogs.AsOf);

            var expected = evaluator.PolicyIds.Select(id => report.Find(id) switch
            {
                null => VerdictCode.NotInForce,
                { Verdict: Verdict.Eligible } => VerdictCode.Eligible,
                { Verdict: Verdict.Ineligible } => VerdictCode.Ineligible,
                _ => VerdictCode.Undetermined,
            });
            verdicts.Should().Equal(expected);
        }
    }

    [Fact]
    public void MatchVerdicts_ProfileOverStandardSchema_IsReadWithoutRebinding()
    {
        var catalog = SyntheticCatalog.Generate(3);
        var evaluator = new CompiledEvaluator(catalog);
        var profile = EnterpriseProfile.CreateBuilder().Set(StandardFacts.Employees, 60).Build();
        var verdicts = new VerdictCode[evaluator.PolicyIds.Length];

        evaluator.MatchVerdicts(profile, TestCatalogs.AsOf, verdicts);

        verdicts.Should().Contain(VerdictCode.Undetermined);
    }

    [Fact]
    public void MatchVerdicts_SpanTooShort_Throws()
    {
        var evaluator = new CompiledEvaluator(SyntheticCatalog.Generate(1));

        var act = () => evaluator.MatchVerdicts(EnterpriseProfile.CreateBuilder().Build(), TestCatalogs.AsOf, new VerdictCode[3]);

        act.Should().Throw<ArgumentException>().WithMessage("room for 145 verdicts is needed, 3 given.*");
    }

    [Fact]
    public void MatchVerdicts_AllocatesNothing()
    {
        var catalog = SyntheticCatalog.Generate(11);
        var evaluator = new CompiledEvaluator(catalog);
        var profiles = SyntheticProfiles.Generate(catalog, 11, 100).ToArray();
        var verdicts = new VerdictCode[evaluator.PolicyIds.Length];
        evaluator.MatchVerdicts(profiles[0], TestCatalogs.AsOf, verdicts);

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var profile in profiles)
        {
            evaluator.MatchVerdicts(profile, TestCatalogs.AsOf, verdicts);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }
}

public class CompiledEvaluatorTotalsTests
{
    [Fact]
    public void MatchTotals_EqualsFullReport_AndAllocatesNothing()
    {
        var catalog = SyntheticCatalog.Generate(13, options: new SyntheticOptions { OddAmounts = true, LaterForms = true });
        var evaluator = new CompiledEvaluator(catalog);
        var profiles = SyntheticProfiles.Generate(catalog, 13, 300, unknownShare: 0.2).ToArray();
        var n = evaluator.PolicyIds.Length;
        var verdicts = new VerdictCode[n];
        var amounts = new decimal?[n];
        var upTos = new decimal?[n];

        foreach (var profile in profiles)
        {
            var totals = evaluator.MatchTotals(profile, TestCatalogs.AsOf, verdicts, amounts, upTos);
            var report = evaluator.Evaluate(profile, TestCatalogs.AsOf);

            totals.Should().Be(report.Totals);
            foreach (var d in report.Decisions)
            {
                var i = evaluator.PolicyIds.IndexOf(d.PolicyId);
                amounts[i].Should().Be(d.Award is { IsMonetary: true } ? d.Award.Amount : null);
                upTos[i].Should().Be(d.Award is { IsMonetary: true } ? d.Award.UpTo : null);
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var profile in profiles)
        {
            evaluator.MatchTotals(profile, TestCatalogs.AsOf, verdicts, amounts, upTos);
        }

        var first = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var profile in profiles)
        {
            evaluator.MatchTotals(profile, TestCatalogs.AsOf, verdicts, amounts, upTos);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, $"(the first pass allocated {first})");
    }
}
