using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Model;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader;

/// <summary>
/// The reference catalog says no more than its sources about validity and applications: the
/// sample firm's decisions on items without a stated validity say so, and no item has an
/// application guide, since the documents state no window, material, phone, 文号 or link.
/// </summary>
public sealed class SourcesToldTests
{
    private static readonly PolicyCatalog Catalog = QingdaoCatalogs.Reference;

    [Fact]
    public void SampleFirm_Today_IsEligibleForTheUnicornAward_OnAnUnstatedValidity_AndTheDecisionSaysSo()
    {
        var report = new PolicyEvaluator(Catalog).Evaluate(QingdaoCatalogs.SampleProfile, new LocalDate(2026, 12, 1));
        var decision = report.Find("laoshan-unicorn-award")!;

        decision.Verdict.Should().Be(Verdict.Eligible);
        ItemNotices.LeftOpenBy(Catalog, Catalog.FindPolicy("laoshan-unicorn-award")!, decision).Should().HaveFlag(LeftOpen.Validity);
        ItemNotices.IsValidityStated(Catalog, Catalog.FindPolicy("laoshan-unicorn-award")!).Should().BeFalse("the 2022 article (002) states no validity");
    }

    [Fact]
    public void IncludingButNotLimitedTo_IsAnOpenCondition_ThatTheIndustryUpstairsItemReports()
    {
        Catalog.Schema.TryGet(QingdaoFacts.FitsLaoshanIndustryGuidance.Id, out var fact, out _).Should().BeTrue();
        fact!.IsOpenCondition.Should().BeTrue();
        ItemNotices.LeftOpenBy(Catalog, Catalog.FindPolicy("laoshan-industry-upstairs-combined-park")!, null).Should().HaveFlag(LeftOpen.Conditions);
    }

    [Fact]
    public void NoItem_HasAnApplicationGuide_BecauseTheSourcesStateNone()
    {
        Catalog.Policies.Should().OnlyContain(p => p.Guide == null);
        Catalog.Policies.Should().OnlyContain(p => ApplicationGuide.StateOn(p.Guide, QingdaoCatalogs.SampleAsOf).Status == ApplicationStatus.NotStated);
    }

    [Fact]
    public void TheDatedList_OnItsSampleDate_EndsNeitherSoonNorRecently()
    {
        ItemNotices.RecentlyEnded(Catalog, QingdaoCatalogs.SampleAsOf).Should().BeEmpty();
        ItemNotices.RecentlyEnded(Catalog, new LocalDate(2024, 1, 15)).Select(e => e.PolicyId).Should().Equal("laoshan-2023-green-base");
        ItemNotices.EndingSoon(Catalog, Catalog.FindPolicy("laoshan-2023-green-base")!, new LocalDate(2023, 12, 10)).Should().Be(new LocalDate(2023, 12, 31));
    }
}
