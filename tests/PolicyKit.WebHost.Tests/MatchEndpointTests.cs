using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using NodaTime;
using NodaTime.Testing;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Compilation;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Sources;

namespace PolicyKit.WebHost.Tests;

/// <summary>A real Kestrel host on loopback, posting profile JSON over HTTP and checking the decision JSON.</summary>
public sealed class MatchEndpointTests : IAsyncLifetime, IDisposable
{
    private static readonly CompiledEvaluator Direct = new(QingdaoCatalogs.Reference);
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        // The host registers its own clock before AddPolicyKit: TryAdd must let it win.
        _app = await PolicyApi.StartAsync(kit => kit.AddCatalog(QingdaoCatalogs.Reference), new FakeClock(QingdaoCatalogs.SampleAsOf.AtMidnight().InUtc().ToInstant()));
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _http.Dispose();

    private static string Expected(EnterpriseProfile profile, LocalDate asOf) =>
        ReportJson.Write(Direct.Evaluate(profile, asOf), new ReportWriteOptions { Indented = false });

    private static EnterpriseProfile Firm(int i) => QingdaoCatalogs.SampleProfile.ToBuilder()
        .WithId($"firm-{i}")
        .Set(StandardFacts.Employees, i)
        .Set(StandardFacts.AnnualOutput, 1_000_000m * i)
        .Build();

    private Task<HttpResponseMessage> PostAsync(EnterpriseProfile profile, string query = "?asOf=2023-06-30") =>
        PostAsync(ProfileJson.Write(profile), query);

    private Task<HttpResponseMessage> PostAsync(string json, string query) =>
        _http.PostAsync(new Uri("/policykit/match" + query, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public void Listens_OnLoopback_WithAPortTheOsChose()
    {
        var uri = new Uri(_app.Urls.Single());

        uri.Host.Should().Be("127.0.0.1");
        uri.Port.Should().BePositive();
    }

    [Fact]
    public async Task Sample_ReturnsTheSameReportJsonAsTheLibrary()
    {
        using var response = await PostAsync(QingdaoCatalogs.SampleProfile);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Be(Expected(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf));
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("decisions").GetArrayLength().Should().BePositive();
    }

    [Fact]
    public async Task WithoutAsOf_UsesTheHostsOwnClock()
    {
        using var response = await PostAsync(QingdaoCatalogs.SampleProfile, query: "");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("asOf").GetString().Should().Be("2023-06-30", "the host's fake clock, not the system clock, decides today");
    }

    [Fact]
    public async Task ConcurrentRequests_EachGetTheirOwnFirmsReport()
    {
        var firms = Enumerable.Range(1, 64).Select(Firm).ToArray();

        var bodies = await Task.WhenAll(firms.Select(async firm =>
        {
            using var response = await PostAsync(firm);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }));

        bodies.Should().Equal(firms.Select(f => Expected(f, QingdaoCatalogs.SampleAsOf)));
        bodies.Distinct().Count().Should().BeGreaterThan(1, "the firms differ, so some reports must too");
    }

    [Fact]
    public async Task MalformedProfile_Is400NamingThePlace()
    {
        using var response = await PostAsync("""{ "facts": { "enterprise.employees": "many" } }""", "?asOf=2023-06-30");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadAsStringAsync();
        problem.Should().Contain("request body").And.Contain("enterprise.employees");
    }

    [Fact]
    public async Task BadDate_Is400()
    {
        using var response = await PostAsync(QingdaoCatalogs.SampleProfile, "?asOf=30.06.2023");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("30.06.2023");
    }
}
