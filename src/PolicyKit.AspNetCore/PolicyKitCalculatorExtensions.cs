using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

#pragma warning disable IDE0130 // The namespace of ASP.NET Core's own Map* methods, so hosts need no extra using.
namespace Microsoft.AspNetCore.Builder;
#pragma warning restore IDE0130

/// <summary>Maps the policy-calculator page (政策计算器).</summary>
public static class PolicyKitCalculatorExtensions
{
    /// <summary>
    /// Serves the policy-calculator page at <paramref name="path"/>: plain HTML, CSS and JavaScript
    /// embedded in this package (no CDN), talking to the API mapped by <c>MapPolicyKit</c> at
    /// <paramref name="apiPrefix"/>. Chinese by default with an English switch; it asks the next
    /// question (ranked by money at stake), shows verdicts, amounts, reasons and what it would take,
    /// and offers the report JSON for download.
    /// </summary>
    /// <param name="endpoints">The application or a route group.</param>
    /// <param name="path">Where the page is served (<c>/</c> by default); its script and style sheet sit beside it.</param>
    /// <param name="apiPrefix">The prefix given to <c>MapPolicyKit</c>.</param>
    /// <returns>The group of the page's endpoints.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RouteGroupBuilder MapPolicyKitCalculator(this IEndpointRouteBuilder endpoints, string path = "/", string apiPrefix = "/policykit")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(apiPrefix);
        var api = "/" + apiPrefix.Trim('/');
        var page = Encoding.UTF8.GetBytes(Resource("index.html").Replace("{{API}}", WebUtility.HtmlEncode(api == "/" ? "" : api), StringComparison.Ordinal));
        var script = Encoding.UTF8.GetBytes(Resource("calculator.js"));
        var style = Encoding.UTF8.GetBytes(Resource("calculator.css"));
        var trimmed = path.Trim('/');
        var group = endpoints.MapGroup(trimmed.Length == 0 ? "" : "/" + trimmed);
        group.MapGet("/", (HttpContext http) => Send(http, page, "text/html; charset=utf-8"));
        group.MapGet("/calculator.js", (HttpContext http) => Send(http, script, "text/javascript; charset=utf-8"));
        group.MapGet("/calculator.css", (HttpContext http) => Send(http, style, "text/css; charset=utf-8"));
        return group;
    }

    private static Task Send(HttpContext http, byte[] body, string contentType)
    {
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return http.Response.Body.WriteAsync(body, http.RequestAborted).AsTask();
    }

    private static string Resource(string name)
    {
        using var stream = typeof(PolicyKitCalculatorExtensions).Assembly.GetManifestResourceStream("PolicyKit.AspNetCore.Calculator." + name)
            ?? throw new InvalidOperationException($"the embedded {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
