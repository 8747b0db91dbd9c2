using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PolicyKit.AspNetCore;

#pragma warning disable IDE0130 // The namespace of ASP.NET Core's own Map* methods, so hosts need no extra using.
namespace Microsoft.AspNetCore.Builder;
#pragma warning restore IDE0130

/// <summary>Maps PolicyKit's HTTP API.</summary>
public static class PolicyKitEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps PolicyKit's endpoints under <paramref name="prefix"/>, over the catalogs, clock and
    /// time zone registered with <c>AddPolicyKit</c>: <c>GET health</c>, <c>GET catalogs</c>,
    /// <c>GET catalogs/{id}</c>, <c>POST match</c>, <c>POST explain</c>, <c>POST ask</c>,
    /// <c>POST diff</c>, <c>POST simulate</c> and <c>GET openapi.json</c> (docs/service.md).
    /// </summary>
    /// <remarks>
    /// Responses are the JSON of PolicyKit's writers (report, guidance and simulation JSON);
    /// errors are RFC 9457 problem details naming the place in the input. Bodies are read
    /// asynchronously and limited in size and time (<see cref="PolicyKitEndpointOptions"/>);
    /// nothing is written to disk.
    /// </remarks>
    /// <param name="endpoints">The application or a route group.</param>
    /// <param name="prefix">The path prefix, such as <c>/policykit</c> (<c>""</c> or <c>/</c> for the root).</param>
    /// <param name="configure">Changes the limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The group of the mapped endpoints, to add metadata such as authorization.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> or <paramref name="prefix"/> is null.</exception>
    public static RouteGroupBuilder MapPolicyKit(this IEndpointRouteBuilder endpoints, string prefix = "/policykit", Action<PolicyKitEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var options = new PolicyKitEndpointOptions();
        configure?.Invoke(options);
        var api = new PolicyKitApi(endpoints.ServiceProvider, options, "/" + prefix.Trim('/'));
        var group = endpoints.MapGroup(api.Prefix == "/" ? "" : api.Prefix);
        group.MapGet("/health", api.Health);
        group.MapGet("/catalogs", api.Catalogs);
        group.MapGet("/catalogs/{id}", api.Catalog);
        group.MapPost("/match", api.Match);
        group.MapPost("/explain", api.Explain);
        group.MapPost("/ask", api.Ask);
        group.MapPost("/diff", api.Diff);
        group.MapPost("/simulate", api.Simulate);
        group.MapGet("/openapi.json", api.OpenApi);
        return group;
    }
}
