using System.Text;
using PolicyKit.CatalogFiles;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Predicates;
using PolicyKit.Tests.Support;
using PolicyKit.Validation;

namespace PolicyKit.Tests.CatalogFiles;

public class CatalogJsonReadTests
{
    private const string Minimal = """
        {
          "id": "m", "version": "1.0.0",
          "lists": [ { "id": "l", "title": { "zh": "清单" }, "jurisdiction": "370212" } ],
          "policies": [ { "id": "p", "list": "l", "title": { "zh": "政策" }, "eligibility": ELIGIBILITY, "award": AWARD } ]
        }
        """;

    private static string With(string eligibility = """{ "always": true }""", string award = """{ "upTo": 1000 }""") =>
        Minimal.Replace("ELIGIBILITY", eligibility, StringComparison.Ordinal).Replace("AWARD", award, StringComparison.Ordinal);

    [Fact]
    public void Read_MoneyBeyondDoublePrecision_KeepsEveryDigit()
    {
        var catalog = CatalogJson.Read(With(award: """{ "fixed": 12345678901234567.89 }"""));
        ((global::PolicyKit.Awards.FixedAward)catalog.Policies[0].Award).Amount.Should().Be(12345678901234567.89m);
    }

    [Fact]
    public void Read_ComparisonOnMoneyFact_ParsesMoneyValue()
    {
        var catalog = CatalogJson.Read(With("""{ "fact": "enterprise.annualOutput", "gt": 1000000000 }"""));
        ((ComparisonPredicate)catalog.Policies[0].Eligibility).Value.Should().Be(FactValue.Money(1000000000m));
    }

    [Fact]
    public void Read_UnknownFact_KeepsConditionForValidator()
    {
        var catalog = CatalogJson.Read(With("""{ "fact": "enterprise.anualOutput", "gt": 5 }"""));
        var cmp = (ComparisonPredicate)catalog.Policies[0].Eligibility;
        cmp.Value.Should().Be(FactValue.Decimal(5m));
        CatalogValidator.Validate(catalog).Should().ContainSingle(d => d.Code == "PK2001")
            .Which.Message.Should().Be("unknown fact 'enterprise.anualOutput'; did you mean 'enterprise.annualOutput'?");
    }

    [Fact]
    public void Read_ClosedCodeViolation_IsLeftToValidator()
    {
        var catalog = CatalogJson.Read(With("""{ "fact": "enterprise.muYieldGrade", "in": ["A", "E"] }"""));
        CatalogValidator.Validate(catalog).Should().ContainSingle(d => d.Code == "PK4002");
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(With())).ToArray();
        CatalogJson.Read(new MemoryStream(bytes)).Id.Should().Be("m");
    }

    [Fact]
    public void Read_UnknownAwardForm_ReportsLineAndPosition()
    {
        var act = () => CatalogJson.Read(With(award: """{ "upto": 500000 }"""), sourceName: "c.json");
        var e = act.Should().ThrowExactly<CatalogFormatException>().Which;
        e.Message.Should().Be("c.json(4,118): policies[0].award: unknown award form 'upto'; expected one of none, unstated, candidacy, fixed, upTo, rate, perUnit, capped, tiers, taxReduction.");
    }

    [Fact]
    public void Read_FileLargerThanLimit_Throws()
    {
        var act = () => CatalogJson.Read(With(), new CatalogReadOptions { MaxBytes = 100 });
        act.Should().ThrowExactly<CatalogFormatException>().Which.Reason.Should().Be("the input is larger than 100 bytes (CatalogReadOptions.MaxBytes).");
    }

    [Fact]
    public void Read_StreamLargerThanLimit_Throws()
    {
        var act = () => CatalogJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(With())), new CatalogReadOptions { MaxBytes = 100 });
        act.Should().ThrowExactly<CatalogFormatException>().Which.Reason.Should().Contain("CatalogReadOptions.MaxBytes");
    }

    [Fact]
    public void Read_StringLongerThanLimit_Throws()
    {
        var act = () => CatalogJson.Read(With(), new CatalogReadOptions { MaxStringLength = 4 });
        var e = act.Should().ThrowExactly<CatalogFormatException>().Which;
        e.Reason.Should().Be("a string of 7 bytes exceeds the limit of 4 (CatalogReadOptions.MaxStringLength).");
        e.JsonPath.Should().BeEmpty("the over-long string is a property name of the document");
    }

    [Fact]
    public void Read_NestingAtTheLimit_IsAccepted()
    {
        // The document is depth 1, policies 2, a policy 3, eligibility 4: 3 more levels of 'not' reach 7.
        var catalog = CatalogJson.Read(With("""{ "not": { "not": { "always": true } } }"""), new CatalogReadOptions { MaxDepth = 6 });
        catalog.Policies[0].Eligibility.Should().Be(Predicate.Not(Predicate.Not(Predicate.Always)));
        var act = () => CatalogJson.Read(With("""{ "not": { "not": { "not": { "always": true } } } }"""), new CatalogReadOptions { MaxDepth = 6 });
        act.Should().ThrowExactly<CatalogFormatException>().Which.Reason.Should().Contain("deeper than 6 levels");
    }

    [Fact]
    public void ReadOptions_NonPositiveLimit_Throws()
    {
        var act = () => new CatalogReadOptions { MaxStringLength = 0 };
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Defaults_AreDocumentedLimits()
    {
        CatalogReadOptions.Default.Should().Match<CatalogReadOptions>(o => o.MaxDepth == 64 && o.MaxBytes == 16 * 1024 * 1024 && o.MaxStringLength == 64 * 1024);
    }

    [Fact]
    public void ReadFile_MissingFile_ThrowsIOException()
    {
        var act = () => CatalogJson.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-catalog-" + Guid.NewGuid() + ".json"));
        act.Should().Throw<FileNotFoundException>();
    }
}
