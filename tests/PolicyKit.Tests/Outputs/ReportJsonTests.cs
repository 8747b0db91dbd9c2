using System.Text.Json;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Outputs;

public class ReportJsonTests
{
    private static DecisionReport Report(Func<EnterpriseProfileBuilder, EnterpriseProfileBuilder> facts)
    {
        var catalog = SampleCatalogs.Full();
        return new PolicyEvaluator(catalog).Evaluate(facts(EnterpriseProfile.CreateBuilder(catalog.Schema)).Build(), SampleCatalogs.AsOf);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Write_Report_HasDesignShape()
    {
        var report = Report(b => b.Set(StandardFacts.District, KnownDistrict()));
        var root = Parse(ReportJson.Write(report));

        root.EnumerateObject().Select(p => p.Name).Should().Equal("asOf", "catalog", "determinationId", "decisions", "totals", "classifications");
        root.GetProperty("asOf").GetString().Should().Be("2023-06-01");
        root.GetProperty("catalog").GetProperty("id").GetString().Should().Be("sample");
        root.GetProperty("catalog").GetProperty("version").GetString().Should().Be("2023.1.0");
        root.GetProperty("determinationId").GetString().Should().Be(report.DeterminationId);
        root.GetProperty("totals").EnumerateObject().Select(p => p.Name).Should().Equal("amount", "upTo", "upToIsBounded", "unstated");
        var decision = root.GetProperty("decisions")[0];
        decision.EnumerateObject().Select(p => p.Name).Should().Equal("policyId", "verdict", "award", "missingFacts", "reasons");
    }

    [Fact]
    public void Write_EligibleUpTo_WritesAwardAmountsAsNormalizedNumbers()
    {
        var report = Report(b => b.Set(StandardFacts.District, KnownDistrict())
            .Set(StandardFacts.Certifications, [new Certification("provincial-eco-tech-transfer-base", new(2023, 2, 1))]));
        var decision = Parse(ReportJson.Write(report)).GetProperty("decisions").EnumerateArray()
            .Single(d => d.GetProperty("policyId").GetString() == "laoshan-2023-green-base");

        decision.GetProperty("verdict").GetString().Should().Be("eligible");
        var award = decision.GetProperty("award");
        award.GetProperty("amount").ValueKind.Should().Be(JsonValueKind.Null);
        award.GetProperty("upTo").GetRawText().Should().Be("500000");
        award.GetProperty("capped").ValueKind.Should().Be(JsonValueKind.True);
    }

    [Fact]
    public void Write_IneligibleDecision_HasNullAward()
    {
        var report = Report(b => b.Set(StandardFacts.IndividualBusiness, true));
        var decision = Parse(ReportJson.Write(report)).GetProperty("decisions").EnumerateArray()
            .Single(d => d.GetProperty("policyId").GetString() == "jimo-2023-land");

        decision.GetProperty("verdict").GetString().Should().Be("ineligible");
        decision.GetProperty("award").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Write_UndeterminedDecision_ListsMissingFacts()
    {
        var report = Report(b => b);
        var decision = Parse(ReportJson.Write(report)).GetProperty("decisions").EnumerateArray()
            .Single(d => d.GetProperty("policyId").GetString() == "jimo-2023-land");

        decision.GetProperty("verdict").GetString().Should().Be("undetermined");
        decision.GetProperty("missingFacts").EnumerateArray().Select(e => e.GetString()).Should().Equal("enterprise.individualBusiness");
    }

    [Fact]
    public void Write_WithoutReasons_OmitsReasons()
    {
        var json = ReportJson.Write(Report(b => b), new ReportWriteOptions { IncludeReasons = false, Indented = false });
        json.Should().NotContain("\"reasons\"").And.NotContain("\n");
    }

    [Fact]
    public void Write_InEnglish_WritesPlainStrings()
    {
        var json = ReportJson.Write(Report(b => b.Set(StandardFacts.IndividualBusiness, false)), new ReportWriteOptions { Language = Text.Language.En });
        var decision = Parse(json).GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("policyId").GetString() == "jimo-2023-land");
        decision.GetProperty("award").GetProperty("text").GetString().Should().Be("non-monetary support");
        decision.GetProperty("reasons")[0].GetProperty("outcome").GetString().Should().Be("true");
    }

    [Fact]
    public void Write_ToUtf8JsonWriter_EqualsStringForm()
    {
        var report = Report(b => b);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ReportJson.Write(report, writer);
        }

        System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(ReportJson.Write(report, new ReportWriteOptions { Indented = false }));
    }

    private static global::PolicyKit.Jurisdictions.JurisdictionCode KnownDistrict() => global::PolicyKit.Jurisdictions.KnownJurisdictions.Laoshan.Code;
}
