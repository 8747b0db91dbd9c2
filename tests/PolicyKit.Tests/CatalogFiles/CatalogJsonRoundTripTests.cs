using System.Text;
using PolicyKit.Canonical;
using PolicyKit.CatalogFiles;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Sources;
using PolicyKit.Tests.Support;
using PolicyKit.Validation;

namespace PolicyKit.Tests.CatalogFiles;

public class CatalogJsonRoundTripTests
{
    [Fact]
    public void Sample_Validates_WithoutErrorsOrWarnings()
    {
        CatalogValidator.Validate(SampleCatalogs.Full())
            .Where(d => d.Severity != DiagnosticSeverity.Info)
            .Should().BeEmpty();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WriteReadWrite_SampleCatalog_GivesIdenticalBytes(bool indented)
    {
        var first = CatalogJson.Write(SampleCatalogs.Full(), indented);
        var second = CatalogJson.Write(CatalogJson.Read(first), indented);
        second.Should().Be(first);
    }

    [Fact]
    public void Read_WrittenCatalog_HasEqualContentHash()
    {
        var catalog = SampleCatalogs.Full();
        var read = CatalogJson.Read(CatalogJson.Write(catalog));
        read.ContentHash().Should().Be(catalog.ContentHash());
    }

    [Fact]
    public void Read_WrittenCatalog_HasStructurallyEqualPoliciesAndFacts()
    {
        var catalog = SampleCatalogs.Full();
        var read = CatalogJson.Read(CatalogJson.Write(catalog));
        read.DeclaredFacts.Should().Equal(catalog.DeclaredFacts);
        read.Policies.Select(p => p.Eligibility).Should().Equal(catalog.Policies.Select(p => p.Eligibility));
        read.Policies.Select(p => p.Award).Should().Equal(catalog.Policies.Select(p => p.Award));
        read.Modifiers.Should().Equal(catalog.Modifiers);
        read.Classifications.Should().Equal(catalog.Classifications);
    }

    [Fact]
    public void WriteToStream_ThenRead_GivesSameBytesAsStringForm()
    {
        var catalog = SampleCatalogs.Full();
        using var stream = new MemoryStream();
        CatalogJson.Write(catalog, stream, indented: false);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(CatalogJson.Write(catalog, indented: false));
        stream.Position = 0;
        CatalogJson.Read(stream).ContentHash().Should().Be(catalog.ContentHash());
    }

    [Fact]
    public void Write_MoneyWithTrailingZeros_IsNormalized()
    {
        var catalog = SampleCatalogs.Minimal(award: global::PolicyKit.Awards.AwardRule.UpTo(500000.00m)).Build();
        CatalogJson.Write(catalog, indented: false).Should().Contain("\"upTo\":500000}");
    }

    public static TheoryData<string> Profiles => new()
    {
        "{}",
        """{ "enterprise.district": "370212", "enterprise.industries": ["artificial-intelligence"], "enterprise.employees": 80 }""",
        """{ "enterprise.district": "370212", "enterprise.industries": ["artificial-intelligence"], "enterprise.employees": 10, "enterprise.annualRevenue": 30000000, "enterprise.scale": "above-designated", "enterprise.foundedOn": "2020-01-01", "enterprise.smallLowProfit": false, "enterprise.park": "north", "project.siteArea": 12.5, "project.rdSpending": 80000000 }""",
        """{ "enterprise.certifications": [ { "kind": "provincial-eco-tech-transfer-base", "recognizedOn": "2023-02-01", "expiresOn": null } ], "enterprise.district": "370212", "enterprise.annualOutput": 1500000000 }""",
        """{ "project.district": "370215", "project.investment": 12345678.91, "enterprise.muYieldGrade": "C", "enterprise.vatTaxpayer": "small-scale", "enterprise.name": "n", "enterprise.uscc": "u", "enterprise.individualBusiness": false }""",
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Evaluate_JsonLoadedCatalog_GivesSameReportJsonAsCSharpBuilt(string facts)
    {
        var built = SampleCatalogs.Full();
        var loaded = CatalogJson.Read(CatalogJson.Write(built));
        var profile = ProfileJson.Read("{ \"facts\": " + facts + " }", built.Schema);

        var fromBuilt = ReportJson.Write(new PolicyEvaluator(built).Evaluate(profile, SampleCatalogs.AsOf));
        var fromLoaded = ReportJson.Write(new PolicyEvaluator(loaded).Evaluate(profile, SampleCatalogs.AsOf));

        fromLoaded.Should().Be(fromBuilt);
        fromBuilt.Should().Contain("\"decisions\"");
    }

    [Fact]
    public void Read_FactsDeclaredAfterPolicies_ParsesComparisonByDeclaredType()
    {
        const string json = """
            {
              "id": "c", "version": "1",
              "policies": [ { "id": "p", "list": "l", "title": { "zh": "政策" },
                              "eligibility": { "fact": "x.founded", "lt": "2020-01-01" }, "award": { "none": true } } ],
              "lists": [ { "id": "l", "title": { "zh": "清单" }, "jurisdiction": "370212" } ],
              "facts": [ { "id": "x.founded", "type": "date", "label": { "zh": "成立日期" } } ]
            }
            """;
        var catalog = CatalogJson.Read(json);
        var cmp = (global::PolicyKit.Predicates.ComparisonPredicate)catalog.Policies[0].Eligibility;
        cmp.Value.Type.Should().Be(FactType.Date);
        CatalogValidator.Validate(catalog).Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Read_ProfileWrittenByProfileJson_HasEqualContent()
    {
        var schema = SampleCatalogs.Full().Schema;
        var profile = EnterpriseProfile.CreateBuilder(schema)
            .WithId("firm-1")
            .Set(StandardFacts.Employees, 12)
            .Set(SampleCatalogs.Rd, 1234.50m)
            .Set(SampleCatalogs.FoundedOn, new NodaTime.LocalDate(2020, 2, 29))
            .Set(StandardFacts.Industries, ["finance", "biomedicine"])
            .Set(StandardFacts.Certifications, [new Certification("unicorn", new(2023, 5, 10), new NodaTime.LocalDate(2026, 5, 9))])
            .Build();
        var read = ProfileJson.Read(ProfileJson.Write(profile), schema);
        read.ContentEquals(profile).Should().BeTrue();
        read.Id.Should().Be("firm-1");
        ProfileJson.Write(read).Should().Be(ProfileJson.Write(profile));
    }
}
