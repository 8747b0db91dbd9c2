using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Facts;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader;

/// <summary>The embedded fictional sample enterprise, evaluated on <see cref="QingdaoCatalogs.SampleAsOf"/>.</summary>
public sealed class SampleProfileTests
{
    private static DecisionReport Report => Reference.Evaluator.Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf);

    [Fact]
    public void SampleProfile_IsClearlyFictional()
    {
        var sample = QingdaoCatalogs.SampleProfile;

        sample.Id.Should().Be("sample-laoshan-vr-fictional");
        sample.Get(StandardFacts.Name).AsString().Should().Be("示例虚拟现实科技有限公司（虚构）");
        sample.Get(StandardFacts.Uscc).AsString().Should().Be(new string('9', 18));
    }

    [Fact]
    public void SampleProfile_IsALaoshanVirtualRealityUnicornRecognisedIn2023()
    {
        var sample = QingdaoCatalogs.SampleProfile;

        sample.Get(StandardFacts.District).AsString().Should().Be("370212");
        sample.Get(StandardFacts.Industries).AsCodeSet().Should().Equal("virtual-reality");
        sample.Get(StandardFacts.Certifications).AsCertifications().Should().ContainSingle()
            .Which.Should().Be(new Certification("unicorn", new LocalDate(2023, 5, 10)));
    }

    [Fact]
    public void SampleAsOf_LiesInTheLaoshan2023ListsValidity()
    {
        QingdaoCatalogs.Reference.FindList("laoshan-2023-1")!.Validity.Contains(QingdaoCatalogs.SampleAsOf).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_SampleOnItsDate_HasEligibleIneligibleAndUndeterminedDecisions()
    {
        Report.Decisions.Select(d => d.Verdict).Distinct().Should().BeEquivalentTo([Verdict.Eligible, Verdict.Ineligible, Verdict.Undetermined]);
    }

    [Fact]
    public void Evaluate_SampleOnItsDate_DecidesEachItemAsDocumented()
    {
        var verdicts = Report.Decisions.ToDictionary(d => d.PolicyId, d => d.Verdict);

        verdicts.Should().BeEquivalentTo(new Dictionary<string, Verdict>
        {
            ["laoshan-2023-green-base"] = Verdict.Ineligible,
            ["laoshan-unicorn-award"] = Verdict.Eligible,
            ["qingdao-culture-tourism-award"] = Verdict.Ineligible,
            ["laoshan-culture-tourism-award"] = Verdict.Ineligible,
            ["laoshan-industry-upstairs-combined-park"] = Verdict.Undetermined,
            ["laoshan-doubling-plan-candidate"] = Verdict.Eligible,
            ["qingdao-2023-six-taxes-two-fees"] = Verdict.Ineligible,
        });
    }

    [Fact]
    public void Evaluate_SampleOnItsDate_CanReachThreeMillionYuanAndIsABackboneEnterprise()
    {
        var report = Report;

        report.Totals.Amount.Should().Be(0m, "the only monetary award is an up-to (最高)");
        report.Totals.UpTo.Should().Be(3_000_000m);
        report.Classifications.Should().ContainSingle().Which.Class.Should().Be("backbone", "1.5 billion yuan is over 1 billion (过10亿元)");
    }
}
