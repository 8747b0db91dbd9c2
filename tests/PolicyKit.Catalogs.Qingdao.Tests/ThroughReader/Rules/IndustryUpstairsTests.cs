using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Profiles;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader.Rules;

/// <summary>
/// laoshan-industry-upstairs-combined-park: a combined development of 50 mu or more (建成50亩以上的园区) in
/// Laoshan, in an encouraged industry, has priority use of flexible space quota; no amount is stated
/// (000_34899839cc439578.txt).
/// </summary>
public sealed class IndustryUpstairsTests
{
    private const string Id = "laoshan-industry-upstairs-combined-park";

    private static EnterpriseProfileBuilder CombinedPark(decimal mu) => Reference.Firm()
        .Set(StandardFacts.ProjectDistrict, KnownJurisdictions.Laoshan.Code)
        .Set(QingdaoFacts.ProjectCombinedDevelopment, true)
        .Set(StandardFacts.ProjectSiteArea, mu);

    [Theory]
    [InlineData("artificial-intelligence")]
    [InlineData("traditional-manufacturing")]
    [InlineData("technology-services")]
    public void Evaluate_CombinedParkOf50MuInAnEncouragedIndustry_IsEligibleWithoutMoney(string industry)
    {
        CombinedPark(50m).Set(StandardFacts.Industries, Reference.Industries(industry))
            .Decide(Id).ShouldBeEligibleWithoutMoney();
    }

    [Fact]
    public void Evaluate_CombinedParkOf49Point5Mu_IsIneligible()
    {
        CombinedPark(49.5m).Set(StandardFacts.Industries, Reference.Industries("virtual-reality"))
            .Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_ProjectInLicang_IsIneligible()
    {
        CombinedPark(80m).Set(StandardFacts.ProjectDistrict, KnownJurisdictions.Licang.Code).Set(StandardFacts.Industries, Reference.Industries("virtual-reality"))
            .Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_SinglePlotProject_IsIneligible()
    {
        CombinedPark(80m).Set(QingdaoFacts.ProjectCombinedDevelopment, false).Set(StandardFacts.Industries, Reference.Industries("virtual-reality"))
            .Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_UnlistedIndustryWithGuidanceUnknown_IsUndetermined()
    {
        CombinedPark(60m).Set(StandardFacts.Industries, Reference.Industries("finance"))
            .Decide(Id).ShouldBeUndetermined(null, "enterprise.fitsLaoshanIndustryGuidance");
    }

    [Fact]
    public void Evaluate_UnlistedIndustryThatFitsTheGuidance_IsEligible()
    {
        CombinedPark(60m).Set(StandardFacts.Industries, Reference.Industries("finance")).Set(QingdaoFacts.FitsLaoshanIndustryGuidance, true)
            .Decide(Id).ShouldBeEligibleWithoutMoney();
    }

    [Fact]
    public void Evaluate_UnlistedIndustryOutsideTheGuidance_IsIneligible()
    {
        CombinedPark(60m).Set(StandardFacts.Industries, Reference.Industries("finance")).Set(QingdaoFacts.FitsLaoshanIndustryGuidance, false)
            .Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_VirtualRealityEnterpriseWithoutProjectFacts_IsUndeterminedOnTheProject()
    {
        Reference.Firm().Set(StandardFacts.Industries, Reference.Industries("virtual-reality"))
            .Decide(Id).ShouldBeUndetermined(null, "project.combinedDevelopment", "project.district", "project.siteArea");
    }
}
