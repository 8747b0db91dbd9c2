using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader.Rules;

/// <summary>laoshan-2023-green-base: 省级生态环境科技成果转移转化基地, 最高50万元 (000_34899839cc439578.txt).</summary>
public sealed class GreenBaseTests
{
    private const string Id = "laoshan-2023-green-base";
    private static readonly Certification Base = new("provincial-eco-tech-transfer-base", new LocalDate(2023, 4, 1));

    [Fact]
    public void Evaluate_LaoshanEnterpriseWithApprovedBase_IsEligibleUpTo500000()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.Certifications, Reference.Certified(Base))
            .Decide(Id).ShouldBeEligibleUpTo(500_000m);
    }

    [Fact]
    public void Evaluate_LaoshanEnterpriseWithoutTheBase_IsIneligible()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code)
            .Set(StandardFacts.Certifications, Reference.Certified(new Certification("high-tech", new LocalDate(2022, 1, 1))))
            .Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_BaseOfALicangEnterprise_IsIneligible()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Licang.Code).Set(StandardFacts.Certifications, Reference.Certified(Base))
            .Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_BaseExpiredBeforeAsOf_IsIneligible()
    {
        var expired = new Certification("provincial-eco-tech-transfer-base", new LocalDate(2023, 1, 10), new LocalDate(2023, 5, 31));

        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.Certifications, Reference.Certified(expired))
            .Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_CertificationsUnknown_IsUndeterminedUpTo500000()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code)
            .Decide(Id).ShouldBeUndetermined(500_000m, "enterprise.certifications");
    }

    [Fact]
    public void Evaluate_On2023_01_01_IsInForce_And_On2024_01_01_IsNot()
    {
        var firm = Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Build();

        Reference.Evaluator.Evaluate(firm, new LocalDate(2023, 1, 1)).Find(Id).Should().NotBeNull("the list reads as the calendar year 2023");
        Reference.Evaluator.Evaluate(firm, new LocalDate(2023, 12, 31)).Find(Id).Should().NotBeNull();
        Reference.Evaluator.Evaluate(firm, new LocalDate(2024, 1, 1)).Find(Id).Should().BeNull();
    }
}
