using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Testing.Builders;

namespace PolicyKit.Testing.Tests.Builders;

public sealed class BuilderTests
{
    [Fact]
    public void TestProfile_LaoshanAboveSizeVrFirmWith12Yi_SetsExactlyThoseFacts()
    {
        var firm = TestProfile.Firm().In(KnownJurisdictions.Laoshan).AboveDesignatedSize().InIndustries("virtual-reality").WithAnnualOutput(Yuan.Yi(12m)).Build();

        firm.Get(StandardFacts.District.Id).ToString().Should().Be("370212");
        firm.Get(StandardFacts.Scale.Id).ToString().Should().Be("above-designated");
        firm.Get(StandardFacts.Industries.Id).ToString().Should().Be("[virtual-reality]");
        firm.Get(StandardFacts.AnnualOutput.Id).AsNumber().Should().Be(1_200_000_000m);
        firm.Get(StandardFacts.Employees.Id).IsKnown.Should().BeFalse();
        firm.Get(StandardFacts.Certifications.Id).IsKnown.Should().BeFalse("no certification was stated");
    }

    [Fact]
    public void TestProfile_CertificationsAccumulateAndCanBeKnownEmptyOrUnknownAgain()
    {
        var day = new LocalDate(2023, 1, 1);
        var both = TestProfile.Firm().Certified("unicorn", day).Certified("gazelle", day, day.PlusYears(3)).Build();
        var none = TestProfile.Firm().WithoutCertifications().Build();
        var unknown = TestProfile.Firm().Certified("unicorn", day).Unknown(StandardFacts.Certifications.Id).Build();

        both.Get(StandardFacts.Certifications.Id).AsCertifications().Select(c => c.Kind).Should().Equal("unicorn", "gazelle");
        none.Get(StandardFacts.Certifications.Id).IsKnown.Should().BeTrue();
        none.Get(StandardFacts.Certifications.Id).AsCertifications().Should().BeEmpty();
        unknown.Get(StandardFacts.Certifications.Id).IsKnown.Should().BeFalse();
    }

    [Fact]
    public void Yuan_WanAndYi_AreTheChineseUnits()
    {
        Yuan.Wan(50m).Should().Be(500_000m);
        Yuan.Yi(12m).Should().Be(1_200_000_000m);
    }

    [Fact]
    public void TestCatalog_OneListInItsJurisdiction_InForceOnlyWhenSaid()
    {
        var always = TestCatalog.For(KnownJurisdictions.Jimo).Policy("p", Predicates.Predicate.Always).Build();
        var in2024 = TestCatalog.For(KnownJurisdictions.Jimo).InForce(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)).Policy("p", Predicates.Predicate.Always).Build();

        always.Lists.Single().Jurisdiction.Should().Be(KnownJurisdictions.Jimo.Code);
        Support.Decide(TestProfile.Firm(), always).Find("p")!.Verdict.Should().Be(Verdict.Eligible, "an item that always applies is in force and decided");
        Support.Decide(TestProfile.Firm(), in2024).Find("p").Should().BeNull();
        ImmutableArray<string> ids = [.. always.Policies.Select(p => p.Id)];
        ids.Should().Equal("p");
    }
}
