using System.Text.RegularExpressions;
using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Serialization;
using PolicyKit.Testing.Assertions;
using PolicyKit.Testing.Builders;
using PolicyKit.Testing.Cases;
using PolicyKit.Testing.Coverage;
using PolicyKit.Text;
using Xunit.Sdk;

namespace PolicyKit.Testing.Tests.Docs;

/// <summary>docs/authoring-guide.md does what it says: its C#, its JSON catalog and case file, and its sample outputs.</summary>
public sealed partial class AuthoringGuideTests
{
    private static readonly JurisdictionCode Laoshan = KnownJurisdictions.Laoshan.Code;
    private static readonly LocalDate Day = new(2023, 6, 30);

    // As in the guide's section 2.
    private static readonly PolicyCatalog Catalog = PolicyCatalog.CreateBuilder("my-laoshan-rules", "0.1.0")
        .AddList(new PolicyList
        {
            Id = "laoshan-real-economy-package",
            Title = new("崂山区支持实体经济发展的揽子政策（文件名称未载明）", "Laoshan's package of policies supporting the real economy"),
            Jurisdiction = Laoshan,
        })
        .AddPolicy(new Policy
        {
            Id = "laoshan-unicorn-award",
            List = "laoshan-real-economy-package",
            Title = new("新认定的独角兽等高科技企业奖励", "Award for newly recognised unicorns"),
            Eligibility = Predicate.All(StandardFacts.District.Within(Laoshan), Predicate.Has("unicorn")),
            Award = AwardRule.UpTo(3_000_000m),
        })
        .Build();

    private static readonly PolicyEvaluator Evaluator = new(Catalog);

    private static string Guide { get; } = File.ReadAllText(Path.Combine(Root(), "docs", "authoring-guide.md"));

    private static string Block(string kind, int index = 0) => BlockPattern().Matches(Guide).Where(m => m.Groups[1].Value == kind).ElementAt(index).Groups[2].Value;

    private static string Root()
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

    [Fact]
    public void Assertions_OfSection3_Pass()
    {
        var unicorn = TestProfile.Firm().In(KnownJurisdictions.Laoshan).Certified("unicorn", new LocalDate(2023, 5, 10)).Build();
        var licang = TestProfile.Firm().In(KnownJurisdictions.Licang).Certified("unicorn", new LocalDate(2023, 5, 10)).Build();
        var unknown = TestProfile.Firm().In(KnownJurisdictions.Laoshan).Build();

        Evaluator.Evaluate(unicorn, Day).Should().FindEligible("laoshan-unicorn-award").WithAmount(null).WithUpTo(3_000_000m);
        Evaluator.Evaluate(licang, Day).Should().FindIneligible("laoshan-unicorn-award").BecauseOf("enterprise.district");
        Evaluator.Evaluate(unknown, Day).Should()
            .FindUndetermined("laoshan-unicorn-award").WithUpTo(3_000_000m).NeedingFacts("enterprise.certifications")
            .And.HaveTotals(0m, 3_000_000m);
    }

    [Fact]
    public void FailureMessage_IsTheOneTheGuideShows()
    {
        var unknown = TestProfile.Firm().In(KnownJurisdictions.Laoshan).Build();

        var message = FluentActions.Invoking(() => Evaluator.Evaluate(unknown, Day).Should(Language.En).FindEligible("laoshan-unicorn-award"))
            .Should().Throw<XunitException>().Which.Message;

        message.Should().Be(Block("text", 0).TrimEnd('\n'));
    }

    [Fact]
    public void JsonCatalogAndCaseFile_PassWithFullCoverage_AndAFailingCaseReadsAsShown()
    {
        var catalog = CatalogJson.Read(Block("catalog"));
        var file = CaseJson.Read(Block("cases"), reference => reference == "unicorn.catalog.json" ? catalog : null, sourceName: "unicorn.cases.json");
        var coverage = new CoverageCollector();

        var run = CaseRunner.Run([file], coverage);

        run.Summary.Should().Be("4 passed, 0 failed");
        coverage.ToReport().Percent.Should().Be(100m);
        var wrong = CaseJson.Read(Block("cases").Replace("\"upTo\": 3000000 } }", "\"upTo\": 5000000 } }", StringComparison.Ordinal), _ => catalog, sourceName: "unicorn.cases.json");
        (CaseRunner.Run(wrong, wrong.Cases[0]).ToText(Language.En) + "0 passed, 1 failed\n").Should().Be(Block("text", 1));
    }

    [Fact]
    public void CoverageOutput_OfTheFirstCaseAlone_IsTheOneTheGuideShows()
    {
        var catalog = CatalogJson.Read(Block("catalog"));
        var file = CaseJson.Read(Block("cases"), _ => catalog, sourceName: "unicorn.cases.json");
        var coverage = new CoverageCollector();
        var first = CaseRunner.Run(file, file.Cases[0], coverage);

        var shown = Block("text", 2).Split('\n', 2)[1];

        (first.ToText(Language.En) + coverage.ToReport().ToText(Language.En) + "1 passed, 0 failed\n").Should().Be(shown);
    }

    [GeneratedRegex("```(?:json )?([a-z]+)\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
