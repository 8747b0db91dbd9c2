using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Profiles;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader.Rules;

/// <summary>
/// laoshan-doubling-plan-candidate (规上工业企业 in the four leading fields, 智能制造及工业互联网 among them), a
/// candidacy for a selection of 10 or more firms, not an entitlement; and the doubling-plan
/// tiers by annual output: 突破100亿元 leading, 过10亿元 backbone, 过3亿元 high-growth (000_34899839cc439578.txt).
/// </summary>
public sealed class DoublingPlanTests
{
    private const string Id = "laoshan-doubling-plan-candidate";
    private const string Tiers = "laoshan-doubling-plan-tiers";

    private static EnterpriseProfileBuilder AboveSizeIndustrial(params string[] industries) =>
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.Scale, "above-designated")
            .Set(QingdaoFacts.Industrial, true).Set(StandardFacts.Industries, Reference.Industries(industries));

    [Theory]
    [InlineData("virtual-reality")]
    [InlineData("artificial-intelligence")]
    [InlineData("smart-manufacturing")]
    [InlineData("biomedicine")]
    public void Evaluate_AboveSizeLaoshanIndustrialEnterpriseOfALeadingIndustry_IsACandidateWithoutMoney(string industry)
    {
        AboveSizeIndustrial(industry).Decide(Id).ShouldBeEligibleWithoutMoney();
    }

    [Fact]
    public void Candidate_AwardAndTexts_SayItIsACandidacyNotAnEntitlement()
    {
        Reference.Catalog.FindPolicy(Id)!.Award.Should().Be(AwardRule.Candidacy);
        var award = AboveSizeIndustrial("virtual-reality").Decide(Id).Award!;

        award.Text.Zh.Should().Contain("候选资格").And.Contain("不等于入选");
        award.Text.En.Should().Contain("candidacy").And.Contain("not being selected");
        Reference.Catalog.FindPolicy(Id)!.Title.Zh.Should().Contain("候选").And.Contain("筛选");
    }

    [Fact]
    public void Evaluate_AboveSizeEnterpriseNotIndustrial_IsIneligible()
    {
        AboveSizeIndustrial("virtual-reality").Set(QingdaoFacts.Industrial, false).Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_IndustrialKindUnknown_IsUndetermined()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.Scale, "above-designated").Set(StandardFacts.Industries, Reference.Industries("virtual-reality"))
            .Decide(Id).ShouldBeUndetermined(null, QingdaoFacts.Industrial.Id);
    }

    [Fact]
    public void Evaluate_IndustrialInternetEnterprise_IsACandidate()
    {
        AboveSizeIndustrial("finance").Set(QingdaoFacts.IndustrialInternet, true).Decide(Id).ShouldBeEligibleWithoutMoney();
    }

    [Fact]
    public void Evaluate_BelowSizeEnterprise_IsIneligible()
    {
        AboveSizeIndustrial("virtual-reality").Set(StandardFacts.Scale, "below-designated").Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_AboveSizeFinanceEnterpriseOutsideIndustrialInternet_IsIneligible()
    {
        AboveSizeIndustrial("finance").Set(QingdaoFacts.IndustrialInternet, false).Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_ScaleUnknown_IsUndetermined()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(QingdaoFacts.Industrial, true).Set(StandardFacts.Industries, Reference.Industries("biomedicine"))
            .Decide(Id).ShouldBeUndetermined(null, "enterprise.scale");
    }

    public static TheoryData<decimal, string?> Outputs => new()
    {
        { 10_000_000_001m, "leading" },
        { 10_000_000_000m, "backbone" },
        { 1_000_000_001m, "backbone" },
        { 1_000_000_000m, "high-growth" },
        { 300_000_001m, "high-growth" },
        { 300_000_000m, null },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Classify_AnnualOutput_NamesTheTierItPassesStrictly(decimal output, string? tier)
    {
        var firm = Reference.Firm().Set(StandardFacts.AnnualOutput, output).Build();

        var outcome = Reference.Evaluator.Evaluate(firm, Reference.InForce2023).Classifications.Single(c => c.ClassificationId == Tiers);

        outcome.IsKnown.Should().BeTrue();
        outcome.Class.Should().Be(tier, "突破/过 read as strictly over the threshold");
    }

    [Fact]
    public void Classify_AnnualOutputUnknown_IsUnknown()
    {
        var outcome = Reference.Evaluator.Evaluate(Reference.Firm().Build(), Reference.InForce2023).Classifications.Single(c => c.ClassificationId == Tiers);

        outcome.IsKnown.Should().BeFalse();
        outcome.Class.Should().BeNull();
    }
}
