// begin-snippet: usings
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Evaluation;
// end-snippet

namespace PackageConsumer;

internal static class QingdaoExample
{
    public static void Run()
    {
        // begin-snippet: example
        var catalog = QingdaoCatalogs.Reference;
        var report = new PolicyEvaluator(catalog).Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf);
        foreach (var decision in report.Decisions)
        {
            Console.WriteLine($"{decision.PolicyId}: {decision.Verdict} {decision.Award?.UpTo}");
        }
        // end-snippet
    }
}
