// begin-snippet: usings
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Evaluation;
using PolicyKit.Testing.FluentAssertions;
// end-snippet

namespace PackageConsumer;

internal static class FluentAssertionsExample
{
    public static void Run()
    {
        // begin-snippet: example
        var report = new PolicyEvaluator(QingdaoCatalogs.Reference)
            .Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf);

        report.Should().FindEligible("laoshan-unicorn-award").WithAmount(null).WithUpTo(3_000_000m);
        report.Should().FindIneligible("laoshan-2023-green-base");
        Console.WriteLine("the sample firm's report reads as its tests say");
        // end-snippet
    }
}
