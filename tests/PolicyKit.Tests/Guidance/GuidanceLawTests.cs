using System.Globalization;
using PolicyKit.Evaluation;
using PolicyKit.Guidance;
using PolicyKit.Outputs;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Tests.Guidance;

/// <summary>
/// The laws of specification §9 on generated cases (<see cref="GuidanceCases"/>, count from
/// <c>POLICYKIT_GUIDANCE_CASES</c>): a reachable answer's needs make the decision eligible;
/// answering a next question never undecides a verdict nor adds a missing fact; the ranking is
/// the same on every run and in every culture.
/// </summary>
public class GuidanceLawTests
{
    [Fact]
    public void Law_MeetingEveryNeedOfAReachableAnswer_MakesTheDecisionEligible()
    {
        var checkedCount = 0;
        var unreachable = 0;
        var failures = new List<string>();
        foreach (var (evaluator, profile, report, _) in GuidanceCases.All())
        {
            foreach (var decision in report.Decisions.Where(d => d.Verdict != Verdict.Eligible))
            {
                var requirement = PolicyGuide.WhatItWouldTake(report, evaluator.Catalog, decision.PolicyId)!;
                if (!requirement.IsReachable)
                {
                    unreachable++;
                    continue;
                }

                var changed = requirement.Apply(profile);
                var after = evaluator.Evaluate(changed, GuidanceCases.AsOf).Find(decision.PolicyId)!;
                if (after.Verdict != Verdict.Eligible || !requirement.Needs.Any(n => !n.IsMetNow)
                    || !requirement.Needs.All(n => ConditionSearch.Meets(n.Condition, changed.Get(n.FactId), GuidanceCases.AsOf)))
                {
                    failures.Add($"{profile.Id} {decision.PolicyId}: after meeting [{string.Join("; ", requirement.Needs.Select(n => n.Text.En))}] it is {after.Verdict}");
                }

                checkedCount++;
            }
        }

        failures.Should().BeEmpty();
        checkedCount.Should().BeGreaterThan(GuidanceCases.Count, "most cases have several reachable decisions to check");
        unreachable.Should().BeLessThan(checkedCount);
    }

    [Fact]
    public void Law_AnsweringANextQuestion_NeverUndecidesAVerdictNorAddsAMissingFact()
    {
        var answered = 0;
        var failures = new List<string>();
        foreach (var (evaluator, profile, report, random) in GuidanceCases.All())
        {
            foreach (var question in PolicyGuide.NextQuestions(report, evaluator.Catalog))
            {
                // Any value: one drawn the way synthetic profiles draw that fact.
                var value = SyntheticProfiles.One(evaluator.Catalog.Schema, random, unknownShare: 0).Get(question.FactId);
                var after = evaluator.Evaluate(profile.ToBuilder().Set(question.FactId, value).Build(), GuidanceCases.AsOf);
                for (var i = 0; i < report.Decisions.Length; i++)
                {
                    var (before, now) = (report.Decisions[i], after.Decisions[i]);
                    if ((before.Verdict != Verdict.Undetermined && now.Verdict != before.Verdict)
                        || now.MissingFacts.Except(before.MissingFacts).Any() || now.MissingFacts.Contains(question.FactId))
                    {
                        failures.Add($"{profile.Id}: answering {question.FactId} = {value} turned {before.PolicyId} from {before.Verdict} [{string.Join(", ", before.MissingFacts)}] to {now.Verdict} [{string.Join(", ", now.MissingFacts)}]");
                    }
                }

                answered++;
            }
        }

        failures.Should().BeEmpty();
        answered.Should().BeGreaterThan(GuidanceCases.Count);
    }

    [Fact]
    public void Law_Ranking_IsByStakeThenDecisionsThenIdAndSameInEveryCultureAndEvaluator()
    {
        string[] cultures = ["", "tr-TR", "zh-CN", "ar-SA", "th-TH", "de-DE"];
        var original = CultureInfo.CurrentCulture;
        var compared = 0;
        var interpreters = new Dictionary<Compilation.CompiledEvaluator, PolicyEvaluator>();
        try
        {
            var i = 0;
            foreach (var (evaluator, profile, report, _) in GuidanceCases.All())
            {
                var questions = PolicyGuide.NextQuestions(report, evaluator.Catalog);
                CheckRanking(report, questions);
                if (i++ % 20 != 0)
                {
                    continue;
                }

                var expected = GuidanceJson.WriteQuestions(report, questions);
                if (!interpreters.TryGetValue(evaluator, out var interpreter))
                {
                    interpreters[evaluator] = interpreter = new PolicyEvaluator(evaluator.Catalog);
                }

                var interpreted = interpreter.Evaluate(profile, GuidanceCases.AsOf);
                foreach (var culture in cultures)
                {
                    CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                    GuidanceJson.WriteQuestions(interpreted, PolicyGuide.NextQuestions(interpreted, evaluator.Catalog)).Should().Be(expected, "culture '{0}'", culture);
                }

                CultureInfo.CurrentCulture = original;
                compared++;
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        compared.Should().BeGreaterThan(0);
    }

    private static void CheckRanking(DecisionReport report, System.Collections.Immutable.ImmutableArray<Question> questions)
    {
        var undetermined = report.Decisions.Where(d => d.Verdict == Verdict.Undetermined).ToList();
        questions.Select(q => q.FactId).Should().BeEquivalentTo(undetermined.SelectMany(d => d.MissingFacts).Distinct());
        foreach (var q in questions)
        {
            var bearing = undetermined.Where(d => d.MissingFacts.Contains(q.FactId)).ToList();
            q.Policies.Should().Equal(bearing.Select(d => d.PolicyId));
            q.UpToAtStake.Should().Be(bearing.Sum(d => d.Award?.UpTo ?? 0m));
        }

        for (var k = 1; k < questions.Length; k++)
        {
            var (a, b) = (questions[k - 1], questions[k]);
            var order = a.UpToAtStake != b.UpToAtStake ? a.UpToAtStake > b.UpToAtStake
                : a.Decisions != b.Decisions ? a.Decisions > b.Decisions
                : string.CompareOrdinal(a.FactId, b.FactId) < 0;
            order.Should().BeTrue("{0} must rank before {1}", a.FactId, b.FactId);
        }
    }
}
