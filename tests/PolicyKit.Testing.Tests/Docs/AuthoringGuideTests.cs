using System.Text.RegularExpressions;
using NodaTime;
using PolicyKit.Awards;
using PolicyKit.CatalogFiles;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Testing.Builders;
using PolicyKit.Testing.Cases;
using PolicyKit.Testing.Coverage;
using PolicyKit.Text;

namespace PolicyKit.Testing.Tests.Docs;

/// <summary>
/// docs/authoring-guide.md does what it says: its JSON catalog and case file, and the outputs of
/// <c>policykit test</c> it shows (sections 4 and 5; the C# and assertions of sections 2 and 3 are
/// checked in PolicyKit.Testing.FluentAssertions.Tests).
/// </summary>
public sealed partial class AuthoringGuideTests
{
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
