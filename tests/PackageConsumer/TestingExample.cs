// begin-snippet: usings
using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Jurisdictions;
using PolicyKit.Predicates;
using PolicyKit.Testing;
using PolicyKit.Testing.Builders;
// end-snippet

namespace PackageConsumer;

internal static class TestingExample
{
    public static void Run()
    {
        // begin-snippet: example
        var catalog = TestCatalog.For(KnownJurisdictions.Laoshan)
            .Policy("unicorn-award", Predicate.Has("unicorn"), AwardRule.UpTo(Yuan.Wan(300)))
            .Build();
        var firm = TestProfile.Firm(catalog).In(KnownJurisdictions.Laoshan)
            .Certified("unicorn", new LocalDate(2023, 5, 10)).Build();

        var report = new PolicyEvaluator(catalog).Evaluate(firm, new LocalDate(2023, 6, 30));
        var decision = report.Decisions.Single();
        Console.WriteLine($"{decision.PolicyId}: {DecisionText.Verdict(decision.Verdict)}");
        Console.Write(DecisionText.Reasons(decision.Reasons));
        // end-snippet
    }
}
