using PolicyKit.Awards;
using PolicyKit.Canonical;
using PolicyKit.CatalogFiles;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.CatalogFiles;

/// <summary>The application guide and open-condition facts through catalog JSON and the builder.</summary>
public class ApplicationGuideJsonTests
{
    [Fact]
    public void BuiltGuide_WrittenAndRead_IsEqual()
    {
        var read = CatalogJson.Read(CatalogJson.Write(SampleCatalogs.Full()));

        read.FindPolicy("laoshan-2023-ai")!.Guide.Should().Be(SampleCatalogs.Guide);
        read.FindPolicy("laoshan-2023-green-base")!.Guide.Should().BeNull();
    }

    [Fact]
    public void ReadGuide_ThroughToBuilder_KeepsItAndItsBytes()
    {
        var catalog = SampleCatalogs.Full();
        var rebuilt = catalog.ToBuilder().Build();

        rebuilt.FindPolicy("laoshan-2023-ai")!.Guide.Should().BeSameAs(SampleCatalogs.Guide);
        CatalogJson.Write(rebuilt).Should().Be(CatalogJson.Write(catalog));
    }

    [Fact]
    public void Write_Guide_HasTheCanonicalShape()
    {
        var json = CatalogJson.Write(SampleCatalogs.Full(), indented: false);

        json.Should().Contain("""
            "guide":{"windows":[{"start":"2023-04-01","end":"2023-05-31"},{"start":"2023-09-01","end":"2023-10-31"}],"materials":[{"zh":"申请表（虚构）","en":"Application form (fictional)"},{"zh":"研发投入专项审计报告（虚构）"}],"phone":"0532-00000000","method":{"zh":"网上申报（虚构）","en":"Online (fictional)"},"address":{"zh":"虚构路1号","en":"1 Fictional Road"},"payoutTime":{"zh":"审核通过后30个工作日内（虚构）","en":"Within 30 working days of approval (fictional)"},"documentNumber":"虚政发〔2023〕1号","link":"https://example.org/fictional-policy","withoutApplication":false}
            """.Trim());
    }

    [Fact]
    public void CatalogWithoutGuide_KeepsItsBytesAndHash_AndAnEmptyGuideIsNoGuide()
    {
        var without = SampleCatalogs.Minimal().Build();
        var empty = SampleCatalogs.Minimal().ReplacePolicy(new Policy { Id = "p", List = "l", Title = new("政策"), Award = AwardRule.UpTo(1000m), Guide = new ApplicationGuide() }).Build();

        CatalogJson.Write(without).Should().NotContain("guide").And.NotContain("openCondition");
        empty.ContentHash().Should().Be(without.ContentHash());
        CatalogJson.Read(CatalogJson.Write(without).Replace("\"note\"", "\"guide\": {}, \"note\"", StringComparison.Ordinal)).Policies[0].Guide.Should().BeNull();
    }

    [Fact]
    public void YearRoundAndWithoutApplication_RoundTrip()
    {
        var guide = new ApplicationGuide { YearRound = true, WithoutApplication = true };
        var catalog = SampleCatalogs.Minimal().ReplacePolicy(new Policy { Id = "p", List = "l", Title = new("政策"), Award = AwardRule.UpTo(1000m), Guide = guide }).Build();

        var json = CatalogJson.Write(catalog, indented: false);

        json.Should().Contain("""
            "guide":{"yearRound":true,"withoutApplication":true}
            """.Trim());
        CatalogJson.Read(json).Policies[0].Guide.Should().Be(guide);
    }

    [Fact]
    public void OpenConditionFact_RoundTrips_AndChangesTheHash()
    {
        var plain = new FactDefinition("enterprise.fitsGuidance", FactType.Bool, new("符合产业导向"));
        var open = plain with { IsOpenCondition = true };
        var a = SampleCatalogs.Minimal().AddFact(plain).Build();
        var b = SampleCatalogs.Minimal().AddFact(open).Build();

        open.Should().NotBe(plain);
        CatalogJson.Read(CatalogJson.Write(b)).DeclaredFacts.Single().IsOpenCondition.Should().BeTrue();
        CatalogJson.Read(CatalogJson.Write(a)).DeclaredFacts.Single().IsOpenCondition.Should().BeFalse();
        b.ContentHash().Should().NotBe(a.ContentHash());
    }
}
