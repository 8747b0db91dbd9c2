using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi.Readers;
using NodaTime;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Jurisdictions;
using PolicyKit.CatalogFiles;
using PolicyKit.Compilation;
using PolicyKit.Facts;
using PolicyKit.Guidance;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Populations;
using PolicyKit.Profiles;
using PolicyKit.Simulation;
using PolicyKit.Sources;
using PolicyKit.Text;

namespace PolicyKit.WebHost.Tests;

/// <summary>Every endpoint of <c>MapPolicyKit</c> on a real Kestrel, against what the library itself answers, and the bad inputs.</summary>
public sealed class EndpointTests : IAsyncLifetime, IDisposable
{
    private static readonly LocalDate AsOf = QingdaoCatalogs.SampleAsOf;

    /// <summary>A synthetic second edition: the reference catalog under another id and version, for diff.</summary>
    private static readonly PolicyCatalog Edition = SyntheticEdition();

    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = await PolicyApi.StartAsync(
            kit => kit.AddCatalog(QingdaoCatalogs.Reference).AddCatalog(Edition),
            new FakeClock(AsOf.AtMidnight().InUtc().ToInstant()),
            limits => { limits.MaxProfileBytes = 64 * 1024; limits.MaxPopulationBytes = 2 * 1024 * 1024; });
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _http.Dispose();

    private static PolicyCatalog SyntheticEdition()
    {
        var node = JsonNode.Parse(CatalogJson.Write(QingdaoCatalogs.Reference))!.AsObject();
        node["id"] = "synthetic-edition";
        node["version"] = "synthetic-2";
        return CatalogJson.Read(node.ToJsonString());
    }

    private async Task<(HttpStatusCode Status, string? MediaType, string Body)> Send(HttpMethod method, string path, string? body = null, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        using var response = await _http.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private Task<(HttpStatusCode Status, string? MediaType, string Body)> Post(string path, string body, string mediaType = "application/json") =>
        Send(HttpMethod.Post, path, body, mediaType);

    private static string Sample => ProfileJson.Write(QingdaoCatalogs.SampleProfile);

    private static JsonElement Problem((HttpStatusCode Status, string? MediaType, string Body) response, HttpStatusCode status)
    {
        response.Status.Should().Be(status, response.Body);
        response.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(response.Body).RootElement.Clone();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.GetProperty("type").GetString().Should().Be("about:blank");
        problem.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        return problem;
    }

    [Fact]
    public async Task Health_IsOk_AndNamesTheCatalogs()
    {
        var response = await Send(HttpMethod.Get, "/policykit/health");

        response.Status.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(response.Body);
        json.RootElement.GetProperty("status").GetString().Should().Be("ok");
        json.RootElement.GetProperty("catalogs").EnumerateArray().Select(e => e.GetString()).Should().Equal(QingdaoCatalogs.ReferenceId, "synthetic-edition");
    }

    [Fact]
    public async Task Catalogs_ListsEachWithItsCounts_AndOneCatalogIsItsCatalogJson()
    {
        var list = await Send(HttpMethod.Get, "/policykit/catalogs");
        var one = await Send(HttpMethod.Get, "/policykit/catalogs/" + QingdaoCatalogs.ReferenceId);

        using var json = JsonDocument.Parse(list.Body);
        var first = json.RootElement.GetProperty("catalogs")[0];
        first.GetProperty("id").GetString().Should().Be(QingdaoCatalogs.ReferenceId);
        first.GetProperty("policies").GetInt32().Should().Be(QingdaoCatalogs.Reference.Policies.Length);
        one.Status.Should().Be(HttpStatusCode.OK);
        one.Body.Should().Be(CatalogJson.Write(QingdaoCatalogs.Reference, indented: false));
    }

    [Fact]
    public async Task Catalogs_NameEachByItsTitle_AndOfferTheDistrictsItsListsCover_InTheLanguageAsked()
    {
        var zh = await Send(HttpMethod.Get, "/policykit/catalogs?lang=zh");
        var both = await Send(HttpMethod.Get, "/policykit/catalogs");

        using var json = JsonDocument.Parse(zh.Body);
        var first = json.RootElement.GetProperty("catalogs")[0];
        first.GetProperty("title").GetString().Should().Be(QingdaoCatalogs.Reference.Title!.Zh);
        var districts = first.GetProperty("districts").EnumerateArray().Select(d => (d.GetProperty("code").GetString(), d.GetProperty("name").GetString())).ToList();
        var expected = KnownJurisdictions.All
            .Where(j => j.Level == JurisdictionLevel.District && QingdaoCatalogs.Reference.Lists.Any(l => j.Code.IsWithin(l.Jurisdiction)))
            .Select(j => ((string?)j.Code.Value, (string?)j.Name.Zh)).ToList();
        expected.Should().NotBeEmpty();
        districts.Should().Equal(expected);
        using var bilingual = JsonDocument.Parse(both.Body);
        bilingual.RootElement.GetProperty("catalogs")[0].GetProperty("districts")[0].GetProperty("name").GetProperty("en").GetString()
            .Should().Be(KnownJurisdictions.Find(JurisdictionCode.Parse(expected[0].Item1!))!.Name.En);
    }

    [Fact]
    public async Task Catalog_Unknown_Is404NamingThePathParameter()
    {
        var problem = Problem(await Send(HttpMethod.Get, "/policykit/catalogs/nope"), HttpStatusCode.NotFound);

        problem.GetProperty("in").GetString().Should().Be("path");
        problem.GetProperty("detail").GetString().Should().Contain("nope").And.Contain(QingdaoCatalogs.ReferenceId);
    }

    [Theory]
    [InlineData("zh", Language.Zh)]
    [InlineData("en", Language.En)]
    [InlineData(null, null)]
    public async Task Match_IsTheReportWritersJson_InTheLanguageAsked(string? lang, Language? language)
    {
        var response = await Post($"/policykit/match?asOf=2023-06-30&reasons=false{(lang is null ? "" : "&lang=" + lang)}", Sample);

        var report = new CompiledEvaluator(QingdaoCatalogs.Reference).Evaluate(QingdaoCatalogs.SampleProfile, AsOf);
        response.Status.Should().Be(HttpStatusCode.OK);
        response.Body.Should().Be(ReportJson.Write(report, new ReportWriteOptions { Language = language, IncludeReasons = false, Indented = false }));
    }

    [Fact]
    public async Task Match_OtherCatalog_AndOtherDate_AreHonoured()
    {
        var response = await Post("/policykit/match?catalog=synthetic-edition&asOf=2021-01-01", Sample);

        using var json = JsonDocument.Parse(response.Body);
        json.RootElement.GetProperty("catalog").GetProperty("id").GetString().Should().Be("synthetic-edition");
        json.RootElement.GetProperty("asOf").GetString().Should().Be("2021-01-01");
    }

    [Fact]
    public async Task Explain_IsWhatItWouldTake_ForThatItem()
    {
        var report = new CompiledEvaluator(QingdaoCatalogs.Reference).Evaluate(QingdaoCatalogs.SampleProfile, AsOf);
        var policy = report.Decisions.First(d => d.Verdict != PolicyKit.Evaluation.Verdict.Eligible).PolicyId;

        var response = await Post($"/policykit/explain?asOf=2023-06-30&lang=zh&policy={policy}", Sample);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var requirement = PolicyGuide.WhatItWouldTake(report, QingdaoCatalogs.Reference, policy)!;
        response.Body.Should().Be(GuidanceJson.WriteRequirement(requirement, new ReportWriteOptions { Language = Language.Zh, Indented = false }));
    }

    [Fact]
    public async Task Explain_WithoutPolicy_Is400_UnknownPolicy_Is404()
    {
        Problem(await Post("/policykit/explain", Sample), HttpStatusCode.BadRequest).GetProperty("location").GetString().Should().Be("policy");
        Problem(await Post("/policykit/explain?policy=no-such-item", Sample), HttpStatusCode.NotFound).GetProperty("detail").GetString().Should().Contain("no-such-item");
    }

    [Fact]
    public async Task Ask_IsTheNextQuestions_RankedAsTheLibraryRanksThem()
    {
        var firm = """{ "facts": { "enterprise.district": "370212" } }""";

        var response = await Post("/policykit/ask?asOf=2023-06-30&lang=en", firm);

        var report = new CompiledEvaluator(QingdaoCatalogs.Reference).Evaluate(ProfileJson.Read(firm, QingdaoCatalogs.Reference.Schema), AsOf);
        var questions = PolicyGuide.NextQuestions(report, QingdaoCatalogs.Reference);
        questions.Should().NotBeEmpty();
        response.Body.Should().Be(GuidanceJson.WriteQuestions(report, questions, new ReportWriteOptions { Language = Language.En, Indented = false }));
    }

    [Fact]
    public async Task Diff_IsTheEditionComparison()
    {
        var response = await Post($"/policykit/diff?old={QingdaoCatalogs.ReferenceId}&new=synthetic-edition&asOf=2023-06-30&oldAsOf=2023-01-01", Sample);

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var comparison = PolicyGuide.CompareEditions(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.Reference, new LocalDate(2023, 1, 1), Edition, AsOf);
        response.Body.Should().Be(GuidanceJson.WriteComparison(comparison, new ReportWriteOptions { Indented = false }));
    }

    [Fact]
    public async Task Diff_WithoutNew_Is400()
    {
        Problem(await Post($"/policykit/diff?old={QingdaoCatalogs.ReferenceId}", Sample), HttpStatusCode.BadRequest).GetProperty("location").GetString().Should().Be("new");
    }

    private static List<EnterpriseProfile> Firms(int count) => [.. Enumerable.Range(1, count).Select(i => QingdaoCatalogs.SampleProfile.ToBuilder()
        .WithId($"firm-{i}")
        .Set(StandardFacts.Employees, i)
        .Set(StandardFacts.AnnualOutput, 100_000m * i)
        .Build())];

    [Fact]
    public async Task Simulate_OverAnUploadedPopulation_IsTheSimulationJson()
    {
        var firms = Firms(400);
        var lines = string.Concat(firms.Select(f => ProfileJson.Write(f) + "\n"));

        var response = await Post("/policykit/simulate?asOf=2023-06-30&baseline=synthetic-edition", lines, "application/x-ndjson");

        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        var expected = new PopulationEvaluator(QingdaoCatalogs.Reference).Simulate(Population.From(QingdaoCatalogs.Reference.Schema, firms), AsOf, new PopulationEvaluator(Edition));
        response.Body.Should().Be(SimulationJson.Write(expected, indented: false));
        JsonDocument.Parse(response.Body).RootElement.GetProperty("population").GetInt32().Should().Be(400);
    }

    [Fact]
    public async Task Simulate_BadLine_Is400NamingItsLine()
    {
        var lines = Sample + "\n" + Sample + "\n{\"facts\":{\"enterprise.employees\":\"many\"}}\n";

        var problem = Problem(await Post("/policykit/simulate", lines, "application/x-ndjson"), HttpStatusCode.BadRequest);

        problem.GetProperty("lineNumber").GetInt64().Should().Be(3);
        problem.GetProperty("in").GetString().Should().Be("body");
        problem.GetProperty("location").GetString().Should().Contain("enterprise.employees");
    }

    [Fact]
    public async Task Simulate_OverTheSizeLimit_Is413_EvenWhenChunked()
    {
        var line = Sample + "\n";
        var big = new StringBuilder();
        while (big.Length < 3 * 1024 * 1024)
        {
            big.Append(line);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/policykit/simulate", UriKind.Relative))
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big.ToString()))),
        };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("2097152 bytes");
    }

    [Fact]
    public async Task Match_OverTheSizeLimit_Is413()
    {
        var body = "{\"id\":\"" + new string('x', 70 * 1024) + "\",\"facts\":{}}";

        Problem(await Post("/policykit/match", body), HttpStatusCode.RequestEntityTooLarge).GetProperty("detail").GetString().Should().Contain("65536");
    }

    [Theory]
    [InlineData("{ \"facts\": { ", "")]
    [InlineData("""{ "facts": { "enterprise.employees": "many" } }""", "enterprise.employees")]
    [InlineData("""{ "facts": { "no.such.fact": 1 } }""", "no.such.fact")]
    [InlineData("""{ "facts": { "enterprise.established": "30.06.2020" } }""", "enterprise.established")]
    [InlineData("[1, 2]", "")]
    public async Task BadProfile_Is400_NamingThePlaceInTheBody(string body, string place)
    {
        foreach (var endpoint in new[] { "match", "ask", "explain?policy=" + QingdaoCatalogs.Reference.Policies[0].Id })
        {
            var problem = Problem(await Post("/policykit/" + endpoint, body), HttpStatusCode.BadRequest);

            problem.GetProperty("in").GetString().Should().Be("body");
            problem.GetProperty("sourceName").GetString().Should().Be("request body");
            problem.GetProperty("location").GetString().Should().NotBeNull().And.Match(l => l.Contains(place, StringComparison.Ordinal));
            problem.TryGetProperty("lineNumber", out var line).Should().BeTrue(problem.ToString());
            line.GetInt64().Should().BePositive();
        }
    }

    [Theory]
    [InlineData("asOf=30.06.2023", "asOf")]
    [InlineData("asOf=2023-02-30", "asOf")]
    [InlineData("lang=fr", "lang")]
    [InlineData("reasons=maybe", "reasons")]
    [InlineData("asOf=2023-06-30&asOf=2023-07-01", "asOf")]
    public async Task BadQuery_Is400_NamingTheParameter(string query, string parameter)
    {
        var problem = Problem(await Post("/policykit/match?" + query, Sample), HttpStatusCode.BadRequest);

        problem.GetProperty("in").GetString().Should().Be("query");
        problem.GetProperty("location").GetString().Should().Be(parameter);
    }

    [Fact]
    public async Task UnknownCatalog_Is404()
    {
        Problem(await Post("/policykit/match?catalog=nope", Sample), HttpStatusCode.NotFound).GetProperty("location").GetString().Should().Be("catalog");
    }

    [Fact]
    public async Task SlowClient_IsCutOffByTheTimeout()
    {
        await using var app = await PolicyApi.StartAsync(kit => kit.AddCatalog(QingdaoCatalogs.Reference), limits: l => l.RequestTimeout = TimeSpan.FromMilliseconds(300));
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        // The rest of the body comes 3 s later, long after the 300 ms limit.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/policykit/match", UriKind.Relative)) { Content = new SlowContent(Task.Delay(TimeSpan.FromSeconds(3))) };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Contain("0.3 seconds");
    }

    /// <summary>Sends the start of a profile, then nothing until <c>release</c>.</summary>
    private sealed class SlowContent(Task release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync("{ \"facts\": "u8.ToArray());
            await stream.FlushAsync();
            await release;
            await stream.WriteAsync("{} }"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task OpenApi_ParsesAsOpenApi3_WithEveryEndpointAndItsSchemas()
    {
        var response = await Send(HttpMethod.Get, "/policykit/openapi.json");

        response.Status.Should().Be(HttpStatusCode.OK);
        var document = new OpenApiStringReader().Read(response.Body, out var diagnostic);
        diagnostic.Errors.Should().BeEmpty();
        diagnostic.SpecificationVersion.Should().Be(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0);
        var mapped = _app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/policykit/", StringComparison.Ordinal))
            .ToHashSet();
        document.Paths.Keys.Should().BeEquivalentTo(mapped, "the document describes exactly the mapped endpoints");
        document.Paths["/policykit/match"].Operations[Microsoft.OpenApi.Models.OperationType.Post].Responses["200"].Content["application/json"].Schema.Reference.Id.Should().Be("Report");
        document.Components.Schemas["Report"].Required.Should().Contain(["asOf", "decisions", "totals"]);
    }

    [Theory]
    [InlineData("/policykit/match?asOf=2023-06-30", "Report")]
    [InlineData("/policykit/ask?asOf=2023-06-30", "Questions")]
    public async Task OpenApi_RequiredFieldsOfAResponseSchema_AreInTheResponse(string path, string schema)
    {
        var document = new OpenApiStringReader().Read((await Send(HttpMethod.Get, "/policykit/openapi.json")).Body, out _);

        var response = await Post(path, Sample);

        using var json = JsonDocument.Parse(response.Body);
        foreach (var field in document.Components.Schemas[schema].Required)
        {
            json.RootElement.TryGetProperty(field, out _).Should().BeTrue($"the {schema} schema requires '{field}'");
        }
    }
}
