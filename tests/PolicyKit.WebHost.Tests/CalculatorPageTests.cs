using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using PolicyKit.Catalogs.Qingdao;

namespace PolicyKit.WebHost.Tests;

/// <summary>The policy-calculator page is served from the package, self-contained, labelled, and calls only endpoints that exist.</summary>
public sealed class CalculatorPageTests : IAsyncLifetime, IDisposable
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = await PolicyApi.StartAsync(kit => kit.AddCatalog(QingdaoCatalogs.Reference));
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Page_IsChineseFirst_PointsAtTheApi_AndLoadsNothingFromElsewhere()
    {
        using var response = await _http.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("lang=\"zh-CN\"").And.Contain("政策计算器").And.Contain("data-api=\"/policykit\"").And.Contain("name=\"viewport\"");
        Regex.Matches(html, @"(?:src|href)=""([^""#]+)""").Select(m => m.Groups[1].Value).Should().OnlyContain(u => !u.Contains("//", StringComparison.Ordinal), "no CDN");
    }

    [Fact]
    public async Task EveryLabel_NamesAnElementOfThePage()
    {
        var html = await _http.GetStringAsync(new Uri("/", UriKind.Relative));

        var targets = Regex.Matches(html, @"<label for=""([^""]+)""").Select(m => m.Groups[1].Value).ToList();
        targets.Should().NotBeEmpty();
        targets.Should().OnlyContain(id => html.Contains($"id=\"{id}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Script_CallsOnlyMappedEndpoints_AndScriptAndStyleAreServed()
    {
        using var script = await _http.GetAsync(new Uri("/calculator.js", UriKind.Relative));
        using var style = await _http.GetAsync(new Uri("/calculator.css", UriKind.Relative));
        var js = await script.Content.ReadAsStringAsync();

        script.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        style.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
        var called = Regex.Matches(js, @"call\('(GET|POST)', '(/[a-z]+)").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).Distinct().ToList();
        called.Select(c => c.Item2).Should().BeEquivalentTo(["/match", "/ask", "/explain", "/catalogs"]);
        foreach (var (method, path) in called)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/policykit" + path + "?policy=x", UriKind.Relative))
            {
                Content = method == "POST" ? new StringContent("""{ "facts": {} }""", System.Text.Encoding.UTF8, "application/json") : null,
            };
            using var answer = await _http.SendAsync(request);
            var unmapped = answer.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed && answer.Content.Headers.ContentType?.MediaType != "application/problem+json";
            unmapped.Should().BeFalse($"{method} {path} must be mapped");
        }
    }
}
