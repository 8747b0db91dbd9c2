using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Modifiers;
using PolicyKit.Predicates;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Evaluation;

public class EvaluatorModifierTests
{
    private static readonly JurisdictionCode Jimo = KnownJurisdictions.Jimo.Code;

    private static readonly PayoutModifier MuYield = new("jimo-mu-yield", Jimo, FundingKind.NonInvestment, StandardFacts.MuYieldGrade.Id,
        new Dictionary<string, decimal> { ["A"] = 1m, ["B"] = 1m, ["C"] = 0.8m, ["D"] = 0m });

    private static PolicyCatalog Catalog() => PolicyCatalog.CreateBuilder("jimo", "1")
        .AddList(TestCatalogs.List("jimo-list", Jimo))
        .AddList(TestCatalogs.List("city-list", KnownJurisdictions.Qingdao.Code))
        .AddPolicy(TestCatalogs.Policy("jimo-grant", Predicate.Always, AwardRule.Fixed(100_000m), list: "jimo-list"))
        .AddPolicy(TestCatalogs.Policy("jimo-investment", Predicate.Always, AwardRule.Fixed(100_000m), list: "jimo-list", funding: FundingKind.Investment))
        .AddPolicy(TestCatalogs.Policy("city-grant", Predicate.Always, AwardRule.Fixed(100_000m), list: "city-list"))
        .AddPolicy(TestCatalogs.Policy("jimo-cap", Predicate.Always, AwardRule.UpTo(50_000m), list: "jimo-list"))
        .AddModifier(MuYield)
        .Build();

    [Theory]
    [InlineData("A", 100_000)]
    [InlineData("B", 100_000)]
    [InlineData("C", 80_000)]
    [InlineData("D", 0)]
    public void Modifier_NonInvestmentItemOfItsJurisdiction_IsScaledByGrade(string grade, int expected)
    {
        var decision = Report(grade).Find("jimo-grant")!;

        decision.Verdict.Should().Be(Verdict.Eligible);
        decision.Award!.Amount.Should().Be(expected);
        decision.Award.Modifiers.Should().ContainSingle().Which.Ratio.Should().Be(MuYield.Ratios[grade]);
    }

    [Fact]
    public void Modifier_GradeD_KeepsEligibleWithZeroAndSaysWhy()
    {
        var decision = Report("D").Find("jimo-grant")!;

        decision.Verdict.Should().Be(Verdict.Eligible);
        decision.Award!.Amount.Should().Be(0m);
        decision.Award.Modifiers.Single().Text.Zh.Should().Be("最近一次年度亩产效益评价等级为D类，不予兑现");
        decision.Award.Modifiers.Single().Text.En.Should().Be("Latest annual output-per-mu grade is grade D: nothing is paid");
    }

    [Fact]
    public void Modifier_InvestmentItem_IsNotScaled()
    {
        var decision = Report("C").Find("jimo-investment")!;

        decision.Award!.Amount.Should().Be(100_000m);
        decision.Award.Modifiers.Should().BeEmpty();
    }

    [Fact]
    public void Modifier_CityListItem_IsNotScaledByDistrictModifier()
    {
        var decision = Report("C").Find("city-grant")!;

        decision.Award!.Amount.Should().Be(100_000m);
        decision.Award.Modifiers.Should().BeEmpty();
    }

    [Fact]
    public void Modifier_UpToAward_ScalesTheCap()
    {
        Report("C").Find("jimo-cap")!.Award!.UpTo.Should().Be(40_000m);
    }

    [Fact]
    public void Modifier_GradeUnknown_LeavesAmountUnknownAndCountsHighestRatioInUpTo()
    {
        var report = TestCatalogs.Evaluate(Catalog(), TestCatalogs.Profile().Build());
        var decision = report.Find("jimo-grant")!;

        decision.Verdict.Should().Be(Verdict.Eligible);
        decision.Award!.Amount.Should().BeNull();
        decision.Award.UpTo.Should().Be(100_000m);
        decision.Award.Modifiers.Single().Ratio.Should().BeNull();
        report.Totals.Amount.Should().Be(200_000m); // the investment and city items
        report.Totals.UpTo.Should().Be(350_000m);
    }

    [Fact]
    public void Totals_AfterModifiers_SumScaledAmounts()
    {
        var totals = Report("C").Totals;

        totals.Amount.Should().Be(80_000m + 100_000m + 100_000m);
        totals.UpTo.Should().Be(80_000m + 100_000m + 100_000m + 40_000m);
    }

    private static DecisionReport Report(string grade) =>
        TestCatalogs.Evaluate(Catalog(), TestCatalogs.Profile().Set(StandardFacts.MuYieldGrade, grade).Build());
}
