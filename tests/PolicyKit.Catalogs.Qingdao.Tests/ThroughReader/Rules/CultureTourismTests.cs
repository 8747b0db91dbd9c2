using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Profiles;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader.Rules;

/// <summary>
/// laoshan-culture-tourism-award (最高可达1000万元, 在青岛市的奖励基础上叠加奖励) and the city award it
/// stacks on, qingdao-culture-tourism-award, whose amount is not stated (002_90f3867611f83e15.txt).
/// Neither item's conditions are stated, so a declared fact decides each: the text alone never makes a firm eligible.
/// </summary>
public sealed class CultureTourismTests
{
    private const string Laoshan = "laoshan-culture-tourism-award";
    private const string City = "qingdao-culture-tourism-award";
    private static readonly JurisdictionCode Jinan = JurisdictionCode.Parse("370102");

    private static EnterpriseProfileBuilder CultureTourism(JurisdictionCode district) =>
        Reference.Firm().Set(StandardFacts.District, district).Set(StandardFacts.Industries, Reference.Industries("culture-tourism"));

    private static EnterpriseProfileBuilder Confirmed(JurisdictionCode district) =>
        CultureTourism(district).Set(QingdaoFacts.MeetsLaoshanCultureTourismPolicy, true).Set(QingdaoFacts.MeetsQingdaoCultureTourismAward, true);

    [Fact]
    public void LaoshanAward_StacksOnTheCityAward()
    {
        Reference.Catalog.FindPolicy(Laoshan)!.Stacking.StacksOn.Should().Be(City);
    }

    [Fact]
    public void Evaluate_LaoshanCultureTourismEnterpriseOnTheSourcesAlone_IsUndeterminedForBoth()
    {
        var firm = CultureTourism(KnownJurisdictions.Laoshan.Code);

        firm.Decide(Laoshan).ShouldBeUndetermined(10_000_000m, QingdaoFacts.MeetsLaoshanCultureTourismPolicy.Id);
        firm.Decide(City).ShouldBeUndetermined(null, QingdaoFacts.MeetsQingdaoCultureTourismAward.Id);
    }

    [Fact]
    public void Evaluate_LaoshanFirmMeetingOneOfThe17Policies_IsEligibleUpTo10000000()
    {
        CultureTourism(KnownJurisdictions.Laoshan.Code).Set(QingdaoFacts.MeetsLaoshanCultureTourismPolicy, true)
            .Decide(Laoshan).ShouldBeEligibleUpTo(10_000_000m);
    }

    [Fact]
    public void Evaluate_LaoshanFirmMeetingNoneOfThe17Policies_IsIneligible()
    {
        CultureTourism(KnownJurisdictions.Laoshan.Code).Set(QingdaoFacts.MeetsLaoshanCultureTourismPolicy, false)
            .Decide(Laoshan).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_ConfirmedLaoshanFirm_CountsBothAwards_AndTheCityAmountAsUnstated()
    {
        var report = Reference.Evaluator.Evaluate(Confirmed(KnownJurisdictions.Laoshan.Code).Build(), Reference.InForce2023);

        report.Find(City)!.ShouldBeEligibleOfUnstatedAmount();
        report.Find(Laoshan)!.ShouldBeEligibleUpTo(10_000_000m);
        report.Totals.UpTo.Should().BeGreaterThanOrEqualTo(10_000_000m);
        report.Totals.UpToIsBounded.Should().BeFalse("the city award's amount is not stated");
        report.Totals.Unstated.Should().Be(1);
    }

    [Fact]
    public void Evaluate_LaoshanVirtualRealityEnterprise_IsIneligibleForBoth()
    {
        var firm = Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.Industries, Reference.Industries("virtual-reality"));

        firm.Decide(Laoshan).ShouldBeIneligible();
        firm.Decide(City).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_ConfirmedLicangEnterprise_IsEligibleForTheCityAwardOnly()
    {
        var firm = Confirmed(KnownJurisdictions.Licang.Code);

        firm.Decide(Laoshan).ShouldBeIneligible();
        firm.Decide(City).ShouldBeEligibleOfUnstatedAmount();
    }

    [Fact]
    public void Evaluate_EnterpriseOutsideQingdao_IsIneligibleForTheCityAward()
    {
        Confirmed(Jinan).Decide(City).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_LaoshanEnterpriseOfUnknownIndustries_IsUndeterminedUpTo10000000()
    {
        var firm = Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code)
            .Set(QingdaoFacts.MeetsLaoshanCultureTourismPolicy, true).Set(QingdaoFacts.MeetsQingdaoCultureTourismAward, true);

        firm.Decide(Laoshan).ShouldBeUndetermined(10_000_000m, "enterprise.industries");
        firm.Decide(City).ShouldBeUndetermined(null, "enterprise.industries");
    }

    [Fact]
    public void Evaluate_CultureTourismEnterpriseOfUnknownDistrict_IsUndeterminedForTheCityAward()
    {
        Reference.Firm().Set(StandardFacts.Industries, Reference.Industries("culture-tourism")).Set(QingdaoFacts.MeetsQingdaoCultureTourismAward, true)
            .Decide(City).ShouldBeUndetermined(null, "enterprise.district");
    }

    [Fact]
    public void CityAward_Text_SaysTheAmountIsNotStated()
    {
        var award = Confirmed(KnownJurisdictions.Laoshan.Code).Decide(City).Award!;

        award.Text.Zh.Should().Contain("金额未载明");
        award.Text.En.Should().Contain("amount not stated");
    }
}
