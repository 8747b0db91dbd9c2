using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;
using PolicyKit.Evaluation;
using PolicyKit.Extensions.DependencyInjection;
using PolicyKit.Formats;
using PolicyKit.Outputs;
using PolicyKit.Sources;

namespace PolicyKit.WebHost.Tests;

/// <summary>
/// The smallest real host a government system would write: a minimal API over <c>AddPolicyKit</c>.
/// <c>POST /match?asOf=yyyy-MM-dd</c> with profile JSON returns the decision report JSON (specification §4).
/// </summary>
internal static class PolicyApi
{
    /// <summary>Starts Kestrel on 127.0.0.1 with a free port chosen by the OS.</summary>
    public static async Task<WebApplication> StartAsync(Action<PolicyKitBuilder> configure, IClock? hostClock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (hostClock is not null)
        {
            builder.Services.AddSingleton(hostClock);
        }

        builder.Services.AddPolicyKit(configure);
        var app = builder.Build();
        app.MapPost("/match", MatchAsync);
        await app.StartAsync();
        return app;
    }

    private static async Task<IResult> MatchAsync(HttpRequest request, IPolicyEvaluator evaluator, PolicyCalendar calendar, CancellationToken cancellationToken)
    {
        LocalDate asOf;
        if (request.Query["asOf"].ToString() is { Length: > 0 } text)
        {
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                return Results.Problem($"asOf '{text}' is not a yyyy-MM-dd date.", statusCode: StatusCodes.Status400BadRequest);
            }

            asOf = parsed.Value;
        }
        else
        {
            asOf = calendar.Today();
        }

        // Kestrel forbids synchronous reads of the body, and the reader is synchronous: buffer first.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        body.Position = 0;
        try
        {
            var profile = ProfileJson.Read(body, evaluator.Catalog.Schema, sourceName: "request body");
            var report = evaluator.Evaluate(profile, asOf);
            return Results.Text(ReportJson.Write(report, new ReportWriteOptions { Indented = false }), "application/json");
        }
        catch (InputFormatException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
