using System.Text.Json;
using PolicyKit.CatalogFiles;
using PolicyKit.Canonical;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Outputs;
using PolicyKit.Tests.Support;
using PolicyKit.Text;

namespace PolicyKit.Tests.CatalogFiles;

/// <summary>
/// Labels of codes and the catalog's title in catalog JSON (specification §4): a code is a string or
/// <c>{ "code", "label" }</c>; a catalog without labels or title keeps the bytes and hash it had.
/// </summary>
public class CodeLabelTests
{
    private const string Labelled = """
        {
          "id": "labels", "version": "1",
          "title": { "zh": "标签示例目录（虚构）", "en": "Label example catalog (fictional)" },
          "facts": [
            { "id": "x.stage", "type": "code", "label": { "zh": "发展阶段", "en": "Stage" },
              "codes": [ "seed", { "code": "growth", "label": { "zh": "成长期", "en": "growth stage" } } ] }
          ],
          "lists": [ { "id": "l", "title": { "zh": "清单" }, "jurisdiction": "370212" } ],
          "policies": [ { "id": "p", "list": "l", "title": { "zh": "政策" }, "eligibility": { "fact": "x.stage", "eq": "growth" }, "award": { "upTo": 1000 } } ]
        }
        """;

    [Fact]
    public void Read_LabelledCode_GivesTheLabelAndKeepsTheCodeOrder()
    {
        var catalog = CatalogJson.Read(Labelled);
        var stage = catalog.DeclaredFacts.Single();

        stage.Codes.Should().Equal("seed", "growth");
        stage.LabelOf("growth").Should().Be(new LocalizedText("成长期", "growth stage"));
        stage.LabelOf("seed").Should().BeNull();
        catalog.Title.Should().Be(new LocalizedText("标签示例目录（虚构）", "Label example catalog (fictional)"));
    }

    [Fact]
    public void WriteRead_LabelledCatalog_RoundTripsLabelsTitleAndHash()
    {
        var catalog = CatalogJson.Read(Labelled);
        var written = CatalogJson.Write(catalog, indented: false);

        written.Should().Contain("""{"code":"growth","label":{"zh":"成长期","en":"growth stage"}}""").And.Contain("\"seed\"");
        written.Should().Contain("""
            "title":{"zh":"标签示例目录（虚构）","en":"Label example catalog (fictional)"}
            """);
        var read = CatalogJson.Read(written);
        read.DeclaredFacts.Single().Should().Be(catalog.DeclaredFacts.Single());
        read.ContentHash().Should().Be(catalog.ContentHash());
    }

    [Fact]
    public void ContentHash_ChangesWithALabel_AndNotWithoutOne()
    {
        var labelled = CatalogJson.Read(Labelled);
        var unlabelled = CatalogJson.Read(Labelled.Replace("""{ "code": "growth", "label": { "zh": "成长期", "en": "growth stage" } }""", "\"growth\"", StringComparison.Ordinal));
        var plain = CatalogJson.Read(CatalogJson.Write(unlabelled));

        unlabelled.ContentHash().Should().NotBe(labelled.ContentHash());
        CatalogJson.Write(unlabelled, indented: false).Should().NotContain("\"label\":{\"zh\":\"成长期\"").And.Contain("\"codes\":[\"seed\",\"growth\"]");
        plain.ContentHash().Should().Be(unlabelled.ContentHash());
    }

    [Fact]
    public void Write_CatalogWithoutLabelsOrTitle_WritesNeitherProperty()
    {
        var written = CatalogJson.Write(SampleCatalogs.Full(), indented: false);

        written.Should().NotContain("\"title\":{\"zh\":\"标签").And.NotContain("{\"code\":");
        JsonDocument.Parse(written).RootElement.TryGetProperty("title", out _).Should().BeFalse();
    }

    [Fact]
    public void Read_CodeLabelledTwice_FailsAtTheSecond()
    {
        var twice = Labelled.Replace("\"seed\",", """{ "code": "growth", "label": { "zh": "甲" } },""", StringComparison.Ordinal);

        var e = FluentActions.Invoking(() => CatalogJson.Read(twice)).Should().Throw<CatalogFormatException>().Which;

        e.Reason.Should().Be("code 'growth' of fact 'x.stage' is labelled twice.");
        e.JsonPath.Should().Be("facts[0].codes[1]");
    }

    [Fact]
    public void Read_LabelledCodeWithAnUnknownProperty_NamesIt()
    {
        var odd = Labelled.Replace("""{ "code": "growth", "label":""", """{ "code": "growth", "name": "x", "label":""", StringComparison.Ordinal);

        var e = FluentActions.Invoking(() => CatalogJson.Read(odd)).Should().Throw<CatalogFormatException>().Which;

        e.Reason.Should().StartWith("unknown property 'name' in a labelled code");
    }

    [Fact]
    public void StandardCodes_AllCarryBothLabels()
    {
        foreach (var fact in StandardFacts.Definitions.Where(f => f.IsCoded && f.Id != StandardFacts.ProjectKind.Id))
        {
            fact.Codes.Should().OnlyContain(c => fact.LabelOf(c) != null && fact.LabelOf(c)!.En != null, $"every code of {fact.Id} has a label");
        }

        StandardFacts.Definitions.Single(f => f.Id == StandardFacts.Certifications.Id).LabelOf("unicorn").Should().Be(new LocalizedText("独角兽企业", "unicorn enterprise"));
    }

    [Fact]
    public void ReportJson_KeepsIdsAndAddsLabels()
    {
        var catalog = CatalogJson.Read(Labelled);
        var report = TestCatalogs.Evaluate(catalog, PolicyKit.Profiles.EnterpriseProfile.CreateBuilder(catalog.Schema).Build());

        using var json = JsonDocument.Parse(ReportJson.Write(report, new ReportWriteOptions { Language = Language.Zh }));
        var root = json.RootElement;
        root.GetProperty("catalog").GetProperty("title").GetString().Should().Be("标签示例目录（虚构）");
        var decision = root.GetProperty("decisions")[0];
        decision.GetProperty("missingFacts")[0].GetString().Should().Be("x.stage");
        decision.GetProperty("missingFactLabels").GetProperty("x.stage").GetString().Should().Be("发展阶段");
        var reason = decision.GetProperty("reasons")[0];
        reason.GetProperty("fact").GetString().Should().Be("x.stage");
        reason.GetProperty("label").GetString().Should().Be("发展阶段");
        reason.GetProperty("text").GetString().Should().Be("发展阶段须为成长期（未提供）：待定");
    }
}
