using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader.Rules;

/// <summary>laoshan-unicorn-award: 对新认定的独角兽等高科技企业,最高可奖励300万元 (002_90f3867611f83e15.txt).</summary>
public sealed class UnicornAwardTests
{
    private const string Id = "laoshan-unicorn-award";
    private static readonly Certification Unicorn = new("unicorn", new LocalDate(2023, 5, 10));

    [Fact]
    public void Evaluate_LaoshanUnicorn_IsEligibleUpTo3000000()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.Certifications, Reference.Certified(Unicorn))
            .Decide(Id).ShouldBeEligibleUpTo(3_000_000m);
    }

    [Fact]
    public void Evaluate_LaoshanGazelleOnly_IsIneligible()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code)
            .Set(StandardFacts.Certifications, Reference.Certified(new Certification("gazelle", new LocalDate(2023, 5, 10))))
            .Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_UnicornRegisteredInJimo_IsIneligible()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Jimo.Code).Set(StandardFacts.Certifications, Reference.Certified(Unicorn))
            .Decide(Id).ShouldBeIneligible();
    }

    [Fact]
    public void Evaluate_UnicornWhoseDistrictIsUnknown_IsUndeterminedUpTo3000000()
    {
        Reference.Firm().Set(StandardFacts.Certifications, Reference.Certified(Unicorn))
            .Decide(Id).ShouldBeUndetermined(3_000_000m, "enterprise.district");
    }

    [Fact]
    public void Evaluate_In2025_IsStillInForce_BecauseNoValidityIsStated()
    {
        Reference.Firm().Set(StandardFacts.District, KnownJurisdictions.Laoshan.Code).Set(StandardFacts.Certifications, Reference.Certified(Unicorn))
            .Decide(Id, new LocalDate(2025, 1, 1)).ShouldBeEligibleUpTo(3_000_000m);
    }
}
