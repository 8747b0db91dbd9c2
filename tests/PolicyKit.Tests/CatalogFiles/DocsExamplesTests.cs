using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyKit.CatalogFiles;
using PolicyKit.Model;
using PolicyKit.Sources;
using PolicyKit.Tests.Support;
using PolicyKit.Validation;

namespace PolicyKit.Tests.CatalogFiles;

/// <summary>
/// Every JSON example of the docs is read: the files in <c>docs/examples/</c> and every
/// <c>```json &lt;kind&gt;</c> block of the markdown pages (kind: catalog, profile, fact,
/// predicate, award, report, cases).
/// </summary>
public partial class DocsExamplesTests
{
    private static string Docs => Path.Combine(Repository.Root, "docs");

    private static PolicyCatalog ExampleCatalog() => CatalogJson.ReadFile(Path.Combine(Docs, "examples", "laoshan-2023.catalog.json"));

    public static TheoryData<string, int, string, string> Blocks()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var page in Directory.GetFiles(Docs, "*.md"))
        {
            var matches = BlockPattern().Matches(File.ReadAllText(page));
            for (var i = 0; i < matches.Count; i++)
            {
                data.Add(Path.GetFileName(page), i, matches[i].Groups[1].Value, matches[i].Groups[2].Value);
            }
        }

        return data;
    }

    [Fact]
    public void ExampleCatalog_Reads_WithoutErrorsOrWarnings()
    {
        var catalog = ExampleCatalog();
        catalog.Policies.Should().HaveCount(8);
        CatalogValidator.Validate(catalog).Where(d => d.Severity != DiagnosticSeverity.Info).Should().BeEmpty();
    }

    [Fact]
    public void ExampleProfile_Reads_AgainstExampleCatalog()
    {
        var catalog = ExampleCatalog();
        using var stream = File.OpenRead(Path.Combine(Docs, "examples", "laoshan-firm.profile.json"));
        var profile = ProfileJson.Read(stream, catalog.Schema);
        profile.Id.Should().Be("firm-0001");
        profile.Get("project.rdSpending").AsNumber().Should().Be(8000000.5m);
    }

    [Fact]
    public void ExamplesFolder_HasOnlyKnownKinds()
    {
        Directory.GetFiles(Path.Combine(Docs, "examples")).Select(Path.GetFileName)
            .Should().OnlyContain(f => f!.EndsWith(".catalog.json", StringComparison.Ordinal) || f.EndsWith(".profile.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_HasTaggedJsonBlocks()
    {
        Blocks().Should().HaveCountGreaterThan(15);
        foreach (var page in Directory.GetFiles(Docs, "*.md"))
        {
            UntaggedPattern().IsMatch(File.ReadAllText(page)).Should().BeFalse($"{Path.GetFileName(page)} tags every json block with its kind");
        }
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void MarkdownBlock_Reads_AsItsKind(string page, int index, string kind, string json)
    {
        _ = index;
        switch (kind)
        {
            case "catalog":
                Errors(CatalogJson.Read(json)).Should().BeEmpty();
                break;
            case "profile":
                ProfileJson.Read(json, ExampleCatalog().Schema).KnownFacts.Should().NotBeEmpty();
                break;
            case "fact":
                CatalogJson.Read($$"""{ "id": "doc", "version": "1", "facts": [ {{json}} ] }""").DeclaredFacts.Should().ContainSingle();
                break;
            case "predicate":
                Errors(Wrap(json, """{ "none": true }""")).Should().BeEmpty();
                break;
            case "award":
                Errors(Wrap("""{ "always": true }""", json)).Should().BeEmpty();
                break;
            case "report":
                JsonDocument.Parse(json).RootElement.GetProperty("decisions").GetArrayLength().Should().BePositive();
                break;
            case "cases":
                // A case file is read against the first catalog block of its page.
                var catalog = CatalogJson.Read(BlockPattern().Matches(File.ReadAllText(Path.Combine(Docs, page))).First(m => m.Groups[1].Value == "catalog").Groups[2].Value);
                global::PolicyKit.Testing.Cases.CaseJson.Read(json, _ => catalog).Cases.Should().NotBeEmpty();
                break;
            default:
                kind.Should().BeOneOf("catalog", "profile", "fact", "predicate", "award", "report", "cases");
                break;
        }
    }

    [Fact]
    public void Schemas_AreDraft202012_AndListTheReadersProperties()
    {
        using var catalog = JsonDocument.Parse(File.ReadAllText(Path.Combine(Docs, "schema", "catalog.schema.json")));
        using var profile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Docs, "schema", "profile.schema.json")));
        catalog.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        profile.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");

        static IEnumerable<string> Names(JsonElement schema) => schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        var defs = catalog.RootElement.GetProperty("$defs");
        Names(catalog.RootElement).Should().BeEquivalentTo(CatalogJsonReader.CatalogNames);
        Names(defs.GetProperty("fact")).Should().BeEquivalentTo(CatalogJsonReader.FactNames);
        Names(defs.GetProperty("labelledCode")).Should().BeEquivalentTo(CatalogJsonReader.CodeNames);
        Names(defs.GetProperty("list")).Should().BeEquivalentTo(CatalogJsonReader.ListNames);
        Names(defs.GetProperty("section")).Should().BeEquivalentTo(CatalogJsonReader.SectionNames);
        Names(defs.GetProperty("policy")).Should().BeEquivalentTo(CatalogJsonReader.PolicyNames);
        Names(defs.GetProperty("stacking")).Should().BeEquivalentTo(CatalogJsonReader.StackingNames);
        Names(defs.GetProperty("modifier")).Should().BeEquivalentTo(CatalogJsonReader.ModifierNames);
        Names(defs.GetProperty("classification")).Should().BeEquivalentTo(CatalogJsonReader.ClassificationNames);
        Names(defs.GetProperty("tier")).Should().BeEquivalentTo(CatalogJsonReader.TierNames);
        Names(defs.GetProperty("guide")).Should().BeEquivalentTo(CatalogJsonReader.GuideNames);
        Names(defs.GetProperty("window")).Should().BeEquivalentTo(CatalogJsonReader.ValidityNames);
        Names(profile.RootElement).Should().BeEquivalentTo(ProfileJsonReader.ProfileNames);
    }

    private static PolicyCatalog Wrap(string eligibility, string award) => CatalogJson.Read($$"""
        {
          "id": "doc", "version": "1",
          "facts": [ { "id": "project.rdSpending", "type": "money", "label": { "zh": "研发投入" } } ],
          "lists": [ { "id": "l", "title": { "zh": "清单" }, "jurisdiction": "370212" } ],
          "policies": [ { "id": "p", "list": "l", "title": { "zh": "政策" }, "eligibility": {{eligibility}}, "award": {{award}} } ]
        }
        """);

    private static IEnumerable<Diagnostic> Errors(PolicyCatalog catalog) =>
        CatalogValidator.Validate(catalog).Where(d => d.Severity == DiagnosticSeverity.Error);

    [GeneratedRegex("```json ([a-z]+)\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();

    [GeneratedRegex("```json\\s*\\n")]
    private static partial Regex UntaggedPattern();
}
