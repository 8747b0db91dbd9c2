using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Canonical;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Guidance;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using static PolicyKit.Tests.Support.TestCatalogs;

namespace PolicyKit.Tests.Guidance;

/// <summary>What it would take (specification §9): needs, De Morgan, the cheapest <c>any</c>, contradictions, readable text.</summary>
public class WhatItWouldTakeTests
{
    private static Requirement Take(Predicate eligibility, EnterpriseProfile profile, AwardRule? award = null, LocalDate? asOf = null)
    {
        var catalog = Single(eligibility, award);
        return PolicyGuide.WhatItWouldTake(Evaluate(catalog, profile, asOf), catalog, "p")!;
    }

    private static string NeedJson(Need need) => System.Text.Encoding.UTF8.GetString(CanonicalJson.ToBytes(w => CatalogJsonWriter.WritePredicate(w, need.Condition)));

    [Fact]
    public void WhatItWouldTake_TooFewEmployees_NeedsTheThresholdInBothLanguages()
    {
        var requirement = Take(StandardFacts.Employees.Ge(50), Profile().Set(StandardFacts.Employees, 5L).Build(), AwardRule.UpTo(500_000m));

        requirement.IsReachable.Should().BeTrue();
        var need = requirement.Needs.Should().ContainSingle().Subject;
        need.FactId.Should().Be("enterprise.employees");
        need.Now.Should().Be(FactValue.Integer(5));
        NeedJson(need).Should().Be("""{"fact":"enterprise.employees","ge":50}""");
        need.Text.Zh.Should().Be("员工人数需达到50人（现为：5人）");
        need.Text.En.Should().Be("employees would need to be at least 50 persons (now 5 persons)");
        requirement.Unlocks.Should().Be(new Unlocks(null, 500_000m, true) { Text = new("最高50万元", "up to 500,000 yuan") });
    }

    [Fact]
    public void WhatItWouldTake_RegisteredElsewhere_SaysMoveToLaoshan()
    {
        var requirement = Take(StandardFacts.District.Within(Laoshan), Profile().Set(StandardFacts.District, KnownJurisdictions.Licang.Code).Build());

        var need = requirement.Needs.Single();
        need.Text.Zh.Should().Be("需迁入崂山区（现为：李沧区）");
        need.Text.En.Should().Be("would need to be registered in Laoshan (now Licang)");
    }

    [Fact]
    public void WhatItWouldTake_CertificationInAPeriod_SaysWhichAndWhen()
    {
        var period = new DateInterval(new(2023, 1, 1), new(2023, 12, 31));

        var requirement = Take(Predicate.Has("unicorn", period), Profile().Build());

        var need = requirement.Needs.Single();
        need.Now.IsKnown.Should().BeFalse();
        need.Text.Zh.Should().Be("需取得有效的独角兽企业认定，且认定日期在2023年1月1日至2023年12月31日之间（未提供）");
        need.Text.En.Should().Be("would need a valid unicorn enterprise recognition, recognised between 1 January 2023 and 31 December 2023 (not given)");
    }

    [Fact]
    public void WhatItWouldTake_NotLessThan_PushesTheNegationDown()
    {
        var requirement = Take(Predicate.Not(StandardFacts.Employees.Lt(50)), Profile().Set(StandardFacts.Employees, 5L).Build());

        NeedJson(requirement.Needs.Single()).Should().Be("""{"fact":"enterprise.employees","ge":50}""");
    }

    [Fact]
    public void WhatItWouldTake_NotAny_NeedsEveryChildFalse()
    {
        var requirement = Take(
            Predicate.Not(Predicate.Any(StandardFacts.SmallLowProfit.Eq(true), StandardFacts.Scale.In("below-designated"))),
            Profile().Set(StandardFacts.SmallLowProfit, true).Set(StandardFacts.Scale, "below-designated").Build());

        requirement.Needs.Select(NeedJson).Should().Equal(
            """{"fact":"enterprise.smallLowProfit","eq":false}""",
            """{"not":{"fact":"enterprise.scale","in":["below-designated"]}}""");
        requirement.IsReachable.Should().BeTrue();
    }

    [Fact]
    public void WhatItWouldTake_Any_TakesTheChildWithFewestNeedsAndTheFirstOnATie()
    {
        var profile = Profile().Set(StandardFacts.Employees, 5L).Build();
        var twoNeeds = Predicate.All(StandardFacts.SmallLowProfit.Eq(true), StandardFacts.IndividualBusiness.Eq(true));

        var fewest = Take(Predicate.Any(twoNeeds, StandardFacts.Employees.Ge(50)), profile);
        var tie = Take(Predicate.Any(StandardFacts.Employees.Ge(60), StandardFacts.Employees.Ge(50)), profile);

        fewest.Needs.Select(n => n.FactId).Should().Equal("enterprise.employees");
        NeedJson(tie.Needs.Single()).Should().Be("""{"fact":"enterprise.employees","ge":60}""");
    }

    [Fact]
    public void WhatItWouldTake_ContradictoryBounds_IsNotReachable()
    {
        var requirement = Take(Predicate.All(StandardFacts.Employees.Ge(50), StandardFacts.Employees.Lt(40)), Profile().Build());

        requirement.IsReachable.Should().BeFalse();
        requirement.Contradictions.Should().Equal("enterprise.employees");
        requirement.Invoking(r => r.Apply(Profile().Build())).Should().Throw<InvalidOperationException>().WithMessage("*enterprise.employees*contradict*");
    }

    [Fact]
    public void WhatItWouldTake_RecognitionDueAfterTheAsOfDate_IsNotReachable()
    {
        var requirement = Take(Predicate.Has("unicorn", new DateInterval(new(2024, 1, 1), new(2024, 12, 31))), Profile().Build());

        requirement.IsReachable.Should().BeFalse();
        requirement.Contradictions.Should().Equal("enterprise.certifications");
    }

    [Fact]
    public void WhatItWouldTake_MetConditionOnAChangedFact_IsKeptSoTheChangeDoesNotBreakIt()
    {
        // 45 meets "at most 60" but not "at least 50": the answer must keep both.
        var requirement = Take(Predicate.All(StandardFacts.Employees.Le(60), StandardFacts.Employees.Ge(50)), Profile().Set(StandardFacts.Employees, 45L).Build());

        requirement.Needs.Select(n => (NeedJson(n), n.IsMetNow)).Should().Equal(
            ("""{"fact":"enterprise.employees","le":60}""", true),
            ("""{"fact":"enterprise.employees","ge":50}""", false));
        requirement.Apply(Profile().Set(StandardFacts.Employees, 45L).Build()).Get(StandardFacts.Employees).Should().Be(FactValue.Integer(50));
    }

    [Fact]
    public void WhatItWouldTake_Never_IsNotReachableWithoutNeeds()
    {
        var requirement = Take(Predicate.All(StandardFacts.Employees.Ge(1), Predicate.Never), Profile().Build());

        requirement.IsReachable.Should().BeFalse();
        requirement.Needs.Should().BeEmpty();
        requirement.Contradictions.Should().BeEmpty();
    }

    [Fact]
    public void WhatItWouldTake_Eligible_NeedsNothingAndUnlocksItsAward()
    {
        var requirement = Take(StandardFacts.Employees.Ge(50), Profile().Set(StandardFacts.Employees, 80L).Build(), AwardRule.Fixed(100_000m));

        requirement.Verdict.Should().Be(Verdict.Eligible);
        requirement.Needs.Should().BeEmpty();
        (requirement.Unlocks with { Text = null }).Should().Be(new Unlocks(100_000m, 100_000m, true));
    }

    [Fact]
    public void WhatItWouldTake_RateOfAFactTheNeedsSet_UnlocksTheAmountOnTheChangedProfile()
    {
        var requirement = Take(StandardFacts.ProjectInvestment.Ge(10_000_000m), Profile().Set(StandardFacts.ProjectInvestment, 2_000_000m).Build(), AwardRule.Rate(0.05m, StandardFacts.ProjectInvestment.Id, 1_000_000m));

        requirement.Needs.Single().Text.Zh.Should().Be("项目投资额需达到1,000万元（现为：200万元）");
        requirement.Unlocks.Amount.Should().Be(500_000m);
    }

    [Fact]
    public void WhatItWouldTake_PolicyNotInForce_IsNull()
    {
        var catalog = Single(StandardFacts.Employees.Ge(50));

        PolicyGuide.WhatItWouldTake(Evaluate(catalog, Profile().Build(), new LocalDate(2030, 1, 1)), catalog, "p").Should().BeNull();
    }

    [Fact]
    public void WhatItWouldTake_ReportOfAnotherCatalog_Throws()
    {
        var catalog = Single(StandardFacts.Employees.Ge(50));
        var other = PolicyCatalog.CreateBuilder("other", "1").AddList(List()).AddPolicy(Policy("p", Predicate.Always)).Build();

        var act = () => PolicyGuide.WhatItWouldTake(Evaluate(catalog, Profile().Build()), other, "p");

        act.Should().Throw<ArgumentException>().WithMessage("*made with catalog test 1.0.0, not other 1*");
    }
}
