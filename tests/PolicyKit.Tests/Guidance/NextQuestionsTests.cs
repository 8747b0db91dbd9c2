using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Guidance;
using PolicyKit.Outputs;
using PolicyKit.Predicates;
using static PolicyKit.Tests.Support.TestCatalogs;

namespace PolicyKit.Tests.Guidance;

/// <summary>Next questions (specification §9): which facts, in which order, with what they bear on.</summary>
public class NextQuestionsTests
{
    [Fact]
    public void NextQuestions_RankByStakeThenDecisionsThenId()
    {
        var catalog = With(
            Policy("big", StandardFacts.Employees.Ge(50), AwardRule.UpTo(1_000_000m)),
            Policy("small-a", Predicate.All(StandardFacts.SmallLowProfit.Eq(true), StandardFacts.Scale.In("above-designated")), AwardRule.UpTo(100_000m)),
            Policy("small-b", StandardFacts.SmallLowProfit.Eq(true), AwardRule.UpTo(100_000m)),
            Policy("none", StandardFacts.IndividualBusiness.Eq(true)),
            Policy("decided", StandardFacts.District.Within(Laoshan), AwardRule.UpTo(9_000_000m)));
        var report = Evaluate(catalog, Profile().Set(StandardFacts.District, Laoshan).Build());

        var questions = PolicyGuide.NextQuestions(report, catalog);

        questions.Select(q => (q.FactId, q.UpToAtStake, q.Decisions)).Should().Equal(
            ("enterprise.employees", 1_000_000m, 1),
            ("enterprise.smallLowProfit", 200_000m, 2),
            ("enterprise.scale", 100_000m, 1),
            ("enterprise.individualBusiness", 0m, 1));
        questions[1].Policies.Should().Equal("small-a", "small-b");
        questions[2].Codes.Should().Equal("above-designated", "below-designated");
        questions[0].Label.Zh.Should().Be("员工人数");
    }

    [Fact]
    public void NextQuestions_RateOfAnUnknownBase_IsNotBounded()
    {
        var catalog = Single(StandardFacts.Employees.Ge(50), AwardRule.Rate(0.05m, StandardFacts.ProjectInvestment.Id));

        var question = PolicyGuide.NextQuestions(Evaluate(catalog, Profile().Build()), catalog).Single();

        question.UpToIsBounded.Should().BeFalse();
        GuidanceJson.WriteQuestions(Evaluate(catalog, Profile().Build()), [question], new ReportWriteOptions { Indented = false, Language = Text.Language.En })
            .Should().Be("""{"asOf":"2023-06-01","catalog":{"id":"test","version":"1.0.0"},"questions":[{"fact":"enterprise.employees","label":"Employees","type":"integer","unit":"persons","typeText":"whole number (persons)","policies":["p"],"upToAtStake":0,"upToAtStakeText":"0 yuan","upToIsBounded":false,"decisions":1}]}""");
    }

    [Fact]
    public void NextQuestions_NothingUndetermined_IsEmpty()
    {
        var catalog = Single(StandardFacts.Employees.Ge(50), AwardRule.UpTo(1m));

        PolicyGuide.NextQuestions(Evaluate(catalog, Profile().Set(StandardFacts.Employees, 3L).Build()), catalog).Should().BeEmpty();
    }
}
