using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;

namespace PolicyKit.Tests.Docs;

/// <summary>The README's C# example, compiled and run; a second test keeps README and this copy identical.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_RunsAndSaysWhatTheReadmeSays()
    {
        // begin-snippet: readme
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
                Award = AwardRule.UpTo(3_000_000m), // 最高可奖励300万元
            })
            .Build();

        var firm = EnterpriseProfile.CreateBuilder().Set(StandardFacts.District, laoshan).Build();
        var report = new PolicyEvaluator(catalog).Evaluate(firm, new LocalDate(2023, 6, 1));

        var decision = report.Decisions.Single();
        Console.WriteLine($"{decision.PolicyId}: {decision.Verdict}, up to {decision.Award?.UpTo} yuan");
        Console.WriteLine($"still unknown: {string.Join(", ", decision.MissingFacts)}");
        // unicorn-award: Undetermined, up to 3000000 yuan
        // still unknown: enterprise.certifications
        // end-snippet

        decision.Verdict.Should().Be(Verdict.Undetermined);
        decision.Award!.UpTo.Should().Be(3_000_000m);
        decision.MissingFacts.Should().Equal("enterprise.certifications");
        $"{decision.PolicyId}: {decision.Verdict}, up to {decision.Award?.UpTo} yuan".Should().Be("unicorn-award: Undetermined, up to 3000000 yuan");
    }

    [Fact]
    public void Readme_ContainsThisExampleVerbatim()
    {
        var snippet = DocSnippets.Read("ReadmeExampleTests.cs", "readme");

        var readme = DocSnippets.Doc("README.md");

        readme.Should().Contain(snippet);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PolicyKit.sln not found above " + AppContext.BaseDirectory);
    }
}
