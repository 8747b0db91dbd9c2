// begin-snippet: usings
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PolicyKit.Catalogs.Qingdao;
// end-snippet

namespace PackageConsumer;

/// <summary>Built, not run by Program (Run serves until stopped): the README's host has to compile against the package.</summary>
internal static class AspNetCoreExample
{
    public static void Run(string[] args)
    {
        // begin-snippet: example
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddPolicyKit(kit => kit.AddCatalog(QingdaoCatalogs.Reference));
        var app = builder.Build();
        app.MapPolicyKit("/policykit");
        app.Run();
        // end-snippet
    }
}
