using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader.Rules;

/// <summary>
/// qingdao-2023-six-taxes-two-fees: 增值税小规模纳税人、小型微利企业和个体工商户减免50%征收资源税
/// (003_67ef5447cad4fcc2.txt), on Qingdao's 2023 first-batch list.
/// </summary>
public sealed class TaxReductionTests
{
    private const string Id = "qingdao-2023-six-taxes-two-fees";
    private static readonly JurisdictionCode Jinan = JurisdictionCode.Parse("370102");

    [Fact]
    public void Rule_IsHalfOfResourceTax_Unquantified()
    {
        Reference.Catalog.FindPolicy(Id)!.Award.Should().Be(AwardRule.TaxReduction("resource-tax", 0.5m));
    }

    [Fact]
    public void Evaluate_SmallScaleTaxpayerInLaoshan_IsEligibleForHalfOfResourceTax()
    {
        var decision = Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.VatTaxpayer, "small-scale").Decide(Id);

        decision.ShouldBeEligibleWithoutMoney();
        decision.Award!.Text.Zh.Should().Be("减税（资源税减征50%）");
    }

    [Fact]
    public void Evaluate_SmallLowProfitEnterpriseInJimo_IsEligible()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Jimo.Code).Set(StandardFacts.VatTaxpayer, "general").Set(StandardFacts.SmallLowProfit, true)
            .Decide(Id).ShouldBeEligibleWithoutMoney();
    }

    [Fact]
    public void Evaluate_IndividualBusinessInLicang_IsEligible()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Licang.Code).Set(StandardFacts.IndividualBusiness, true)
            .Decide(Id).ShouldBeEligibleWithoutMoney();
    }

    [Fact]
    public void Evaluate_GeneralTaxpayerNeitherSmallNorIndividual_IsIneligible()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.VatTaxpayer, "general")
            .Set(StandardFacts.SmallLowProfit, false).Set(StandardFacts.IndividualBusiness, false)
            .Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_SmallScaleTaxpayerOutsideQingdao_IsIneligible()
    {
        Reference.Firm().Set(StandardFacts.District, Jinan).Set(StandardFacts.VatTaxpayer, "small-scale")
            .Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_GeneralTaxpayerWhoseSmallLowProfitStatusIsUnknown_IsUndetermined()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.VatTaxpayer, "general").Set(StandardFacts.IndividualBusiness, false)
            .Decide(Id).ShouldBeUndetermined(null, "enterprise.smallLowProfit");
    }
}
