using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Guidance;
using PolicyKit.Jurisdictions;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Text;
using static PolicyKit.Tests.Support.TestCatalogs;

namespace PolicyKit.Tests.Guidance;

/// <summary>
/// Pins the words of every need of "what it would take" and the type of every question of <c>ask</c>, in both
/// languages (specification §9): labels instead of ids and codes, amounts and days as people write them.
/// </summary>
public class NeedTextTests
{
    private static LocalizedText NeedOf(Predicate eligibility, EnterpriseProfile profile)
    {
        var catalog = Single(eligibility, AwardRule.UpTo(1_000m));
        return PolicyGuide.WhatItWouldTake(Evaluate(catalog, profile), catalog, "p")!.Needs.Single(n => !n.IsMetNow).Text;
    }

    [Fact]
    public void Comparisons_ReadAsWhatTheFactWouldNeedToBe()
    {
        NeedOf(StandardFacts.AnnualOutput.Ge(300_000_000m), Profile().Set(StandardFacts.AnnualOutput, 120_000_000m).Build())
            .Should().Be(new LocalizedText("年产值需达到3亿元（现为：1.2亿元）", "annual output would need to be at least 300,000,000 yuan (now 120,000,000 yuan)"));
        NeedOf(StandardFacts.Employees.Le(100), Profile().Set(StandardFacts.Employees, 120).Build())
            .Should().Be(new LocalizedText("员工人数需不超过100人（现为：120人）", "employees would need to be at most 100 persons (now 120 persons)"));
        NeedOf(StandardFacts.SmallLowProfit.Eq(true), Profile().Build())
            .Should().Be(new LocalizedText("小型微利企业需为“是”（未提供）", "small low-profit enterprise would need to be yes (not given)"));
        NeedOf(StandardFacts.Scale.Eq("above-designated"), Profile().Set(StandardFacts.Scale, "below-designated").Build())
            .Should().Be(new LocalizedText("企业规模需为规模以上企业（现为：规模以下企业）", "scale would need to be an enterprise above designated size (now an enterprise below designated size)"));
    }

    [Fact]
    public void InWithinAndHas_ReadTheirLabels()
    {
        NeedOf(StandardFacts.Industries.In("virtual-reality", "artificial-intelligence"), Profile().Set(StandardFacts.Industries, ["finance"]).Build())
            .Should().Be(new LocalizedText("所属产业需含虚拟现实、人工智能之一（现为：金融）", "industries would need to include one of virtual reality, artificial intelligence (now finance)"));
        NeedOf(Predicate.Not(StandardFacts.Industries.In("finance")), Profile().Set(StandardFacts.Industries, ["finance"]).Build())
            .Should().Be(new LocalizedText("所属产业不能含金融（现为：金融）", "industries would need to include none of finance (now finance)"));
        NeedOf(StandardFacts.ProjectDistrict.Within(KnownJurisdictions.Laoshan.Code), Profile().Build())
            .Should().Be(new LocalizedText("项目所在地需在崂山区（未提供）", "project location would need to be in Laoshan (not given)"));
        NeedOf(Predicate.Has("gazelle"), Profile().Set(StandardFacts.Certifications, [new Certification("unicorn", new LocalDate(2023, 5, 10))]).Build())
            .Should().Be(new LocalizedText("需取得有效的瞪羚企业认定（现有认定：独角兽企业，2023年5月10日认定）", "would need a valid gazelle enterprise recognition (now holds: unicorn enterprise, recognised 10 May 2023)"));
        NeedOf(Predicate.Not(Predicate.Has("unicorn")), Profile().Set(StandardFacts.Certifications, [new Certification("unicorn", new LocalDate(2023, 5, 10))]).Build())
            .Should().Be(new LocalizedText("不能持有有效的独角兽企业认定（现有认定：独角兽企业，2023年5月10日认定）", "would need to hold no valid unicorn enterprise recognition (now holds: unicorn enterprise, recognised 10 May 2023)"));
    }

    [Fact]
    public void Questions_SayTheTypeOfAnswerAsAReaderSaysIt()
    {
        var catalog = Single(Predicate.All(
            StandardFacts.SmallLowProfit.Eq(true), StandardFacts.ProjectSiteArea.Ge(50m), StandardFacts.ProjectInvestment.Ge(1m),
            StandardFacts.Employees.Ge(1), StandardFacts.ProjectDistrict.Within(KnownJurisdictions.Laoshan.Code), StandardFacts.Scale.Eq("above-designated"),
            StandardFacts.Industries.In("finance"), Predicate.Has("unicorn")), AwardRule.UpTo(1_000m));
        var questions = PolicyGuide.NextQuestions(Evaluate(catalog, Profile().Build()), catalog).ToDictionary(q => q.FactId, q => q.TypeText);

        questions[StandardFacts.SmallLowProfit.Id].Should().Be(new LocalizedText("是/否", "yes/no"));
        questions[StandardFacts.ProjectSiteArea.Id].Should().Be(new LocalizedText("数值（亩）", "number (mu)"));
        questions[StandardFacts.ProjectInvestment.Id].Should().Be(new LocalizedText("金额（元）", "amount (yuan)"));
        questions[StandardFacts.Employees.Id].Should().Be(new LocalizedText("整数（人）", "whole number (persons)"));
        questions[StandardFacts.ProjectDistrict.Id].Should().Be(new LocalizedText("行政区划", "division"));
        questions[StandardFacts.Scale.Id].Should().Be(new LocalizedText("选项", "choice"));
        questions[StandardFacts.Industries.Id].Should().Be(new LocalizedText("多选", "choices"));
        questions[StandardFacts.Certifications.Id].Should().Be(new LocalizedText("资质认定", "recognitions"));
    }
}
