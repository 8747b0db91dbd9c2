// begin-snippet: usings
using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
// end-snippet

namespace PackageConsumer;

internal static class CoreExample
{
    public static void Run()
    {
        // begin-snippet: example
        var laoshan = KnownJurisdictions.Laoshan.Code;
        var catalog = PolicyCatalog.CreateBuilder("example", "1.0.0")
            .AddList(new PolicyList
            {
                Id = "example-list", Title = new("示例清单（虚构）", "Example list (fictional)"), Jurisdiction = laoshan,
                Validity = Validity.Between(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)),
            })
            .AddPolicy(new Policy
            {
                Id = "unicorn-award", List = "example-list", Title = new("独角兽企业奖励（虚构）", "Unicorn award (fictional)"),
                Eligibility = Predicate.All(StandardFacts.District.Within(laoshan), Predicate.Has("unicorn")),
                Award = AwardRule.UpTo(3_000_000m),
            })
            .Build();

        var firm = EnterpriseProfile.CreateBuilder().Set(StandardFacts.District, laoshan).Build();
        var report = new PolicyEvaluator(catalog).Evaluate(firm, new LocalDate(2023, 6, 1));
        foreach (var d in report.Decisions)
        {
            Console.WriteLine($"{d.PolicyId}: {d.Verdict}, up to {d.Award?.UpTo} yuan, unknown: {string.Join(", ", d.MissingFacts)}");
        }
        // end-snippet
    }
}
