using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using PolicyKit.Catalogs.Qingdao.Tests.Support;
using PolicyKit.Formats;
using PolicyKit.Model;
using PolicyKit.Validation;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader;

/// <summary>The reference catalog as a whole: valid, counted honestly, dated as documented, in the writer's format.</summary>
public sealed class ReferenceCatalogTests
{
    [Fact]
    public void Validate_ReferenceCatalog_HasNoErrorsAndNoWarnings()
    {
        var diagnostics = CatalogValidator.Validate(QingdaoCatalogs.Reference);

        diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Should().BeEmpty(string.Join(Environment.NewLine, diagnostics));
    }

    public static TheoryData<string, int?, int> Counts => new()
    {
        { "laoshan-2022", null, 0 },
        { "laoshan-2023-1", 145, 1 },
        { "qingdao-2023-1", null, 1 },
        { "laoshan-industry-upstairs", null, 1 },
        { "laoshan-doubling-plan", null, 1 },
        { "laoshan-real-economy-package", null, 1 },
        { "laoshan-culture-tourism-rules", 17, 1 },
        { "qingdao-culture-tourism", null, 1 },
        { "qingdao-vr-park", 12, 0 },
        { "jimo-mu-yield-evaluation", null, 0 },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void List_DeclaredAndModelledCounts_AreAsDocumented(string listId, int? declared, int modelled)
    {
        var catalog = QingdaoCatalogs.Reference;

        catalog.FindList(listId)!.DeclaredItems.Should().Be(declared, "a count the documents do not state is left empty, never invented");
        catalog.Policies.Count(p => p.List == listId).Should().Be(modelled);
    }

    [Fact]
    public void Lists_AreExactlyTheDocumentedOnes()
    {
        QingdaoCatalogs.Reference.Lists.Select(l => l.Id).Should().BeEquivalentTo(Counts.Select(row => (string)row[0]));
    }

    [Fact]
    public void Laoshan2023_Sections_DeclareTheirPublishedCounts()
    {
        var sections = QingdaoCatalogs.Reference.FindList("laoshan-2023-1")!.Sections;

        sections.Select(s => (s.Id, s.Kind, s.DeclaredItems, s.DeclaredThemes, Named: s.Themes.Length)).Should().Equal(
            ("new", SectionKind.New, 27, 5, 2),
            ("continued", SectionKind.Continued, 118, 4, 0));
    }

    [Fact]
    public void Laoshan2023_ContinuesThe2022List_WhichModelsNothing()
    {
        var catalog = QingdaoCatalogs.Reference;

        catalog.FindList("laoshan-2023-1")!.Predecessor.Should().Be("laoshan-2022");
        var predecessor = catalog.FindList("laoshan-2022")!;
        predecessor.DeclaredItems.Should().BeNull();
        predecessor.Sections.Should().BeEmpty();
        predecessor.PublishedOn.Should().BeNull("only the year 2022 is stated");
    }

    [Fact]
    public void Validity_OnlyTheLaoshan2023ListIsDated_TheOthersAreOpen()
    {
        foreach (var list in QingdaoCatalogs.Reference.Lists)
        {
            var expected = list.Id == "laoshan-2023-1" ? Validity.Between(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)) : Validity.Always;
            list.Validity.Should().Be(expected, $"list '{list.Id}'");
        }

        QingdaoCatalogs.Reference.Policies.Should().OnlyContain(p => p.Validity == null, "no item states a validity of its own");
    }

    [Fact]
    public void EmbeddedJson_IsExactlyWhatTheCatalogWriterWritesForIt()
    {
        // CatalogJsonWriter is internal to PolicyKit; reflection keeps this check until a public writer exists.
        var writer = typeof(PolicyCatalog).Assembly.GetType("PolicyKit.Canonical.CatalogJsonWriter")?.GetMethod("WriteCanonical", BindingFlags.Public | BindingFlags.Static);
        writer.Should().NotBeNull("CatalogJsonWriter.WriteCanonical(PolicyCatalog) defines the format; if it moved, point this test at its successor");

        var written = (byte[])writer!.Invoke(null, [QingdaoCatalogs.Reference])!;

        Canonical(EmbeddedCatalog.Bytes("qingdao-reference.json")).Should().Be(Canonical(written), "the file uses the writer's property names, order and shapes");
    }

    private static string Canonical(byte[] json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });
}
