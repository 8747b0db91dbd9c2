// begin-snippet: usings
using Microsoft.Extensions.DependencyInjection;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Evaluation;
using PolicyKit.Extensions.DependencyInjection;
// end-snippet

namespace PackageConsumer;

internal static class DependencyInjectionExample
{
    public static void Run()
    {
        // begin-snippet: example
        var services = new ServiceCollection()
            .AddPolicyKit(kit => kit
                .AddCatalog(QingdaoCatalogs.Reference)      // or .AddCatalogFile("my-list.json"): read and validated here
                .UseTimeZone("Asia/Shanghai"));             // the default; the clock defaults to the system clock

        using var provider = services.BuildServiceProvider();
        var evaluator = provider.GetRequiredService<IPolicyEvaluator>();   // a thread-safe singleton
        var today = provider.GetRequiredService<PolicyCalendar>().Today();
        var report = evaluator.Evaluate(QingdaoCatalogs.SampleProfile, today);
        Console.WriteLine($"{report.Decisions.Length} decisions on {today:uuuu-MM-dd}, {report.Decisions.Count(d => d.Verdict == Verdict.Eligible)} eligible");
        // end-snippet
    }
}
