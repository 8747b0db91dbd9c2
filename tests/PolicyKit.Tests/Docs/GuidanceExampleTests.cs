using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Compilation;
using PolicyKit.Facts;
using PolicyKit.Guidance;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;

namespace PolicyKit.Tests.Docs;

/// <summary>The web-calculator example of docs/guidance.md, compiled and run; a second test keeps the page and this copy identical.</summary>
public class GuidanceExampleTests
{
    [Fact]
    public void GuidanceExample_RunsAndSaysWhatThePageSays()
    {
        // begin-snippet: guidance
        // Start-up: the catalog is compiled once and shared by every request.
        var laoshan = KnownJurisdictions.Laoshan.Code;
        var catalog = PolicyCatalog.CreateBuilder("example", "1.0.0")
            .AddList(new PolicyList
            {
                Id = "example-list", Title = new("示例清单", "Example list"), Jurisdiction = laoshan,
                Validity = Validity.Between(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)),
            })
            .AddPolicy(new Policy
            {
                Id = "unicorn-award", List = "example-list", Title = new("新认定独角兽企业奖励", "New unicorn award"),
                Eligibility = Predicate.All(StandardFacts.District.Within(laoshan), Predicate.Has("unicorn")),
                Award = AwardRule.UpTo(3_000_000m),
            })
            .AddPolicy(new Policy
            {
                Id = "jobs-award", List = "example-list", Title = new("稳岗奖励（示例）", "Jobs award (example)"),
                Eligibility = Predicate.All(StandardFacts.District.Within(laoshan), StandardFacts.Employees.Ge(50)),
                Award = AwardRule.Fixed(100_000m),
            })
            .Build();
        var evaluator = new CompiledEvaluator(catalog);
        var asOf = new LocalDate(2023, 6, 30);
        var page = new List<string>();

        // A request: what the government already knows about the firm.
        var firm = EnterpriseProfile.CreateBuilder()
            .Set(StandardFacts.District, laoshan)
            .Set(StandardFacts.Employees, 5L)
            .Build();
        var report = evaluator.Evaluate(firm, asOf);

        // The page asks the question worth the most first...
        var question = PolicyGuide.NextQuestions(report, catalog)[0];
        page.Add($"{question.Label.Zh} [{question.FactId}]: {question.UpToAtStake:0} yuan at stake");

        // ...and says what it would take to get what the firm misses.
        var jobs = PolicyGuide.WhatItWouldTake(report, catalog, "jobs-award")!;
        page.Add($"{string.Join("; ", jobs.Needs.Select(n => n.Text.Zh))} -> {jobs.Unlocks.Amount:0} yuan");

        // The firm answers; the page re-matches and asks the next question, if any.
        firm = firm.ToBuilder()
            .Set(question.FactId, FactValue.Certifications([new Certification("unicorn", new LocalDate(2023, 5, 10))]))
            .Build();
        report = evaluator.Evaluate(firm, asOf);
        page.Add($"up to {report.Totals.UpTo:0} yuan; {PolicyGuide.NextQuestions(report, catalog).Length} questions left");
        // 资质认定 [enterprise.certifications]: 3000000 yuan at stake
        // 员工人数需达到50人（现为：5人） -> 100000 yuan
        // up to 3000000 yuan; 0 questions left
        // end-snippet

        page.Should().Equal(
            "资质认定 [enterprise.certifications]: 3000000 yuan at stake",
            "员工人数需达到50人（现为：5人） -> 100000 yuan",
            "up to 3000000 yuan; 0 questions left");
    }

    [Fact]
    public void GuidancePage_ContainsThisExampleVerbatim()
    {
        var snippet = DocSnippets.Read("GuidanceExampleTests.cs", "guidance");

        DocSnippets.Doc("docs", "guidance.md").Should().Contain(snippet);
    }
}
