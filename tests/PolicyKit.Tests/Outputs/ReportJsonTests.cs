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

        root.EnumerateObject().Select(p => p.Name).Should().Equal("asOf", "catalog", "determinationId", "decisions", "totals", "classifications", "recentlyEnded");
        root.GetProperty("asOf").GetString().Should().Be("2023-06-01");
        root.GetProperty("catalog").GetProperty("id").GetString().Should().Be("sample");
        root.GetProperty("catalog").GetProperty("version").GetString().Should().Be("2023.1.0");
        root.GetProperty("determinationId").GetString().Should().Be(report.DeterminationId);
        root.GetProperty("totals").EnumerateObject().Select(p => p.Name).Should().Equal("amount", "upTo", "upToIsBounded", "unstated", "amountText", "upToText");
        var decision = root.GetProperty("decisions")[0];
        decision.EnumerateObject().Select(p => p.Name).Should().Equal("policyId", "verdict", "award", "missingFacts", "missingFactLabels", "reasons", "source", "leftOpen", "validity", "application");
    }

    [Fact]
    public void Write_Compact_WithItsCachedSources_SaysWhatAnyOtherWriterSays()
    {
        // The compact canonical form copies each item's source block from a per-catalog cache; a
        // writer with another encoder, and the indented form, write it member by member. One report
        // in every language in turn, so a cache that mixed up languages would show.
        var report = Report(b => b.Set(StandardFacts.District, KnownDistrict()));
        foreach (var language in new PolicyKit.Text.Language?[] { null, PolicyKit.Text.Language.Zh, PolicyKit.Text.Language.En, null })
        {
            WritesTheSameInEveryForm(report, language);
        }
    }

    private static void WritesTheSameInEveryForm(DecisionReport report, PolicyKit.Text.Language? language)
    {
        var options = new ReportWriteOptions { Indented = false, Language = language };
        var cached = ReportJson.Write(report, options);
        var again = ReportJson.Write(report, options);
        var indented = ReportJson.Write(report, options with { Indented = true });
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            ReportJson.Write(report, writer, options);
        }

        var other = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        again.Should().Be(cached);
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(cached), System.Text.Json.Nodes.JsonNode.Parse(indented)).Should().BeTrue();
        System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(cached), System.Text.Json.Nodes.JsonNode.Parse(other)).Should().BeTrue();
        Parse(cached).GetProperty("decisions").EnumerateArray().Should().OnlyContain(d => d.GetProperty("source").ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public void Write_Decision_CarriesItsSources()
    {
        var decision = Decision(ReportJson.Write(Report(b => b)), "laoshan-2023-ai");
        var source = decision.GetProperty("source");

        source.EnumerateObject().Select(p => p.Name).Should().Equal("title", "list", "department", "citations", "note");
        source.GetProperty("title").GetProperty("zh").GetString().Should().Be("人工智能企业研发补助");
        source.GetProperty("list").GetProperty("id").GetString().Should().Be("laoshan-2023-1");
        source.GetProperty("list").GetProperty("title").GetProperty("zh").GetString().Should().Be("崂山区2023年第一批惠企政策清单");
        source.GetProperty("department").GetProperty("en").GetString().Should().Be("Science bureau");
        source.GetProperty("note").GetProperty("zh").GetString().Should().Be("未说明是否可与市级叠加");
        var cited = Decision(ReportJson.Write(Report(b => b), new ReportWriteOptions { Language = Text.Language.Zh }), "laoshan-2023-green-base").GetProperty("source");
        cited.GetProperty("citations")[0].GetProperty("document").GetString().Should().Be("000_34899839cc439578.txt");
        cited.GetProperty("citations")[0].GetProperty("quote").GetString().Should().Be("最高奖励50万元");
        cited.GetProperty("department").ValueKind.Should().Be(JsonValueKind.Null);
        cited.GetProperty("title").GetString().Should().Be("省级生态技术转移基地");
    }

    [Fact]
    public void Write_WithoutSources_LeavesOnlyTheSourceBlockOut()
    {
        var decision = Decision(ReportJson.Write(Report(b => b), new ReportWriteOptions { IncludeSources = false }), "laoshan-2023-ai");

        decision.TryGetProperty("source", out _).Should().BeFalse();
        decision.TryGetProperty("application", out _).Should().BeTrue();
    }

    [Fact]
    public void Write_Decision_TellsValidityAndWhatTheSourcesLeaveOpen()
    {
        var json = ReportJson.Write(Report(b => b), new ReportWriteOptions { Indented = false });

        var dated = Decision(json, "laoshan-2023-ai");
        dated.GetProperty("validity").GetRawText().Should().Be("""{"start":"2023-03-01","end":"2023-12-31","stated":true,"endingSoon":false}""");
        dated.GetProperty("leftOpen").GetArrayLength().Should().Be(0);
        var undated = Decision(json, "jimo-2023-rate");
        undated.GetProperty("validity").GetRawText().Should().Be("""{"start":"2023-01-01","end":null,"stated":false,"endingSoon":false}""");
        undated.GetProperty("leftOpen").EnumerateArray().Select(e => e.GetString()).Should().Equal("validity");
    }

    [Fact]
    public void Write_Decision_TellsTheApplicationStateOnTheAsOfDate()
    {
        var catalog = SampleCatalogs.Full();
        var profile = EnterpriseProfile.CreateBuilder(catalog.Schema).Build();
        string Status(int month, int day) => Decision(ReportJson.Write(new PolicyEvaluator(catalog).Evaluate(profile, new(2023, month, day))), "laoshan-2023-ai")
            .GetProperty("application").GetProperty("status").GetString()!;

        Status(3, 31).Should().Be("notYetOpen");
        Status(5, 31).Should().Be("open");
        Status(6, 1).Should().Be("notYetOpen");
        Status(11, 1).Should().Be("closed");
        var application = Decision(ReportJson.Write(Report(b => b), new ReportWriteOptions { Language = Text.Language.En, Indented = false }), "laoshan-2023-ai").GetProperty("application");
        application.GetProperty("window").GetRawText().Should().Be("""{"start":"2023-09-01","end":"2023-10-31"}""");
        var guide = application.GetProperty("guide");
        guide.GetProperty("materials").EnumerateArray().Select(m => m.GetString()).Should().Equal("Application form (fictional)", "研发投入专项审计报告（虚构）");
        guide.GetProperty("documentNumber").GetString().Should().Be("虚政发〔2023〕1号");
        guide.GetProperty("link").GetString().Should().Be("https://example.org/fictional-policy");
        guide.GetProperty("withoutApplication").ValueKind.Should().Be(JsonValueKind.False);
        var none = Decision(ReportJson.Write(Report(b => b), new ReportWriteOptions { Indented = false }), "jimo-2023-land").GetProperty("application");
        none.GetRawText().Should().Be("""{"status":"notStated","window":null,"guide":null}""");
    }

    [Fact]
    public void Write_OpenForApplicationOnly_KeepsTheDecisionsOpenOnTheDate_AndTheTotals()
    {
        var catalog = SampleCatalogs.Full();
        var profile = EnterpriseProfile.CreateBuilder(catalog.Schema).Build();
        var options = new ReportWriteOptions { OpenForApplicationOnly = true };

        var open = Parse(ReportJson.Write(new PolicyEvaluator(catalog).Evaluate(profile, new(2023, 4, 15)), options));
        var closed = Parse(ReportJson.Write(new PolicyEvaluator(catalog).Evaluate(profile, new(2023, 6, 15)), options));

        open.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("policyId").GetString()).Should().Equal("laoshan-2023-ai");
        closed.GetProperty("decisions").GetArrayLength().Should().Be(0);
        closed.GetProperty("totals").GetRawText().Should().Be(Parse(ReportJson.Write(new PolicyEvaluator(catalog).Evaluate(profile, new(2023, 6, 15)))).GetProperty("totals").GetRawText());
    }

    [Fact]
    public void Write_AfterAListEnded_ListsItsItemsAsRecentlyEnded()
    {
        var catalog = SampleCatalogs.Full();
        var report = new PolicyEvaluator(catalog).Evaluate(EnterpriseProfile.CreateBuilder(catalog.Schema).Build(), new(2024, 1, 10));

        var ended = Parse(ReportJson.Write(report, new ReportWriteOptions { Language = Text.Language.Zh, Indented = false })).GetProperty("recentlyEnded");

        ended.EnumerateArray().Select(e => e.GetProperty("policyId").GetString()).Should().Equal("laoshan-2023-green-base", "laoshan-2023-ai", "laoshan-2023-tiers");
        ended[1].GetRawText().Should().Be("""{"policyId":"laoshan-2023-ai","title":"人工智能企业研发补助","end":"2023-12-31"}""");
    }

    private static JsonElement Decision(string json, string policyId) =>
        Parse(json).GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("policyId").GetString() == policyId);

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
