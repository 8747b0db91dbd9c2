using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PolicyKit.Cli.Commands;

/// <summary><c>policykit serve</c>: the HTTP API of PolicyKit.AspNetCore under <c>/policykit</c> and the policy-calculator page at <c>/</c>, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var catalog = CliOptions.Catalog();
        catalog.Description = "the catalogs to serve, comma-separated: embedded ids or catalog files (default qingdao-reference)";
        catalog.HelpName = "file|id[,file|id...]";
        var urls = new Option<string>("--urls") { Description = "where to listen (default http://127.0.0.1:5000)", HelpName = "url" };
        var command = new Command("serve", "the HTTP API under /policykit and the policy-calculator page at /, until Ctrl+C or SIGTERM") { catalog, urls };
        command.SetAction(r => Run(context, r.GetValue(catalog), r.GetValue(urls)));
        return command;
    }

    private static int Run(CliContext context, string? catalogList, string? urlList)
    {
        var catalogs = (catalogList ?? Catalogs.Qingdao.QingdaoCatalogs.ReferenceId)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(CliContext.Catalog)
            .ToList();
        var urls = urlList ?? "http://127.0.0.1:5000";

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        builder.Services.AddPolicyKit(kit => catalogs.ForEach(c => kit.AddCatalog(c)));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        using var app = builder.Build();
        app.MapPolicyKit("/policykit");
        app.MapPolicyKitCalculator("/", "/policykit");
        try
        {
            app.StartAsync(context.Cancellation).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return CliApp.Ok;
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot listen on {urls}: {e.Message}");
        }

        foreach (var url in app.Urls)
        {
            context.Out.WriteLine($"PolicyKit API: {url.TrimEnd('/')}/policykit (catalogs: {string.Join(", ", catalogs.Select(c => c.Id))}); Ctrl+C stops.");
        }

        context.Out.Flush();

        // Ctrl+C cancels the CLI's token; SIGTERM (systemd, a container stopping) reaches the host's own
        // lifetime, which stops Kestrel but would leave this wait, and the process, running.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation, app.Lifetime.ApplicationStopping);
        try
        {
            Task.Delay(Timeout.Infinite, stop.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }

        app.StopAsync().GetAwaiter().GetResult();
        return CliApp.Ok;
    }
}
