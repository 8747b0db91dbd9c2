using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader.Rules;

/// <summary>
/// laoshan-culture-tourism-award (最高可达1000万元, 在青岛市的奖励基础上叠加奖励) and the city award it
/// stacks on, qingdao-culture-tourism-award, whose amount is not stated (002_90f3867611f83e15.txt).
/// </summary>
public sealed class CultureTourismTests
{
    private const string Laoshan = "laoshan-culture-tourism-award";
    private const string City = "qingdao-culture-tourism-award";
    private static readonly JurisdictionCode Jinan = JurisdictionCode.Parse("370102");

    [Fact]
    public void LaoshanAward_StacksOnTheCityAward()
    {
        Reference.Catalog.FindPolicy(Laoshan)!.Stacking.StacksOn.Should().Be(City);
    }

    [Fact]
    public void Evaluate_LaoshanCultureTourismEnterprise_IsEligibleUpTo10000000()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.Industries, Reference.Industries("culture-tourism"))
            .Decide(Laoshan).ShouldBeEligibleUpTo(10_000_000m);
    }

    [Fact]
    public void Evaluate_LaoshanCultureTourismEnterprise_CountsBothAwards()
    {
        var firm = Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.Industries, Reference.Industries("culture-tourism")).Build();

        var report = Reference.Evaluator.Evaluate(firm, Reference.InForce2023);

        report.Find(City)!.ShouldBeEligibleWithoutMoney();
        report.Find(Laoshan)!.Verdict.Should().Be(Verdict.Eligible);
        report.Totals.UpTo.Should().BeGreaterThanOrEqualTo(10_000_000m, "the Laoshan award adds to the city award, whose amount is not stated");
    }

    [Fact]
    public void Evaluate_LaoshanVirtualRealityEnterprise_IsIneligibleForBoth()
    {
        var firm = Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.Industries, Reference.Industries("virtual-reality"));

        firm.Decide(Laoshan).ShouldBeIneligible();
        firm.Decide(City).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_LicangCultureTourismEnterprise_IsEligibleForTheCityAwardOnly()
    {
        var firm = Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Licang.Code).Set(StandardFacts.Industries, Reference.Industries("culture-tourism"));

        firm.Decide(Laoshan).ShouldBeIneligible();
        firm.Decide(City).ShouldBeEligibleWithoutMoney();
    }

    [Fact]
    public void Evaluate_EnterpriseOutsideQingdao_IsIneligibleForTheCityAward()
    {
        Reference.Firm().Set(StandardFacts.District, Jinan).Set(StandardFacts.Industries, Reference.Industries("culture-tourism"))
            .Decide(City).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_LaoshanEnterpriseOfUnknownIndustries_IsUndeterminedUpTo10000000()
    {
        var firm = Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code);

        firm.Decide(Laoshan).ShouldBeUndetermined(10_000_000m, "enterprise.industries");
        firm.Decide(City).ShouldBeUndetermined(null, "enterprise.industries");
    }

    [Fact]
    public void Evaluate_CultureTourismEnterpriseOfUnknownDistrict_IsUndeterminedForTheCityAward()
    {
        Reference.Firm().Set(StandardFacts.Industries, Reference.Industries("culture-tourism"))
            .Decide(City).ShouldBeUndetermined(null, "enterprise.district");
    }
}
