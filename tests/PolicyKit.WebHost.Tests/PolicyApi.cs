using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using PolicyKit.AspNetCore;
using PolicyKit.Extensions.DependencyInjection;

namespace PolicyKit.WebHost.Tests;

/// <summary>
/// The three-line host of the README, on a real Kestrel: <c>AddPolicyKit</c>, then
/// <c>MapPolicyKit("/policykit")</c>.
/// </summary>
internal static class PolicyApi
{
    /// <summary>Starts Kestrel on 127.0.0.1 with a free port chosen by the OS.</summary>
    public static async Task<WebApplication> StartAsync(Action<PolicyKitBuilder> configure, IClock? hostClock = null, Action<PolicyKitEndpointOptions>? limits = null)
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
        app.MapPolicyKit("/policykit", limits);
        app.MapPolicyKitCalculator("/", "/policykit");
        await app.StartAsync();
        return app;
    }
}
