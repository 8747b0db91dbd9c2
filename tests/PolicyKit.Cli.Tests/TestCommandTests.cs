using System.Text.Json;

namespace PolicyKit.Cli.Tests;

/// <summary><c>policykit test</c> through <see cref="CliApp.Run"/>: passing, failing, coverage, JSON and bad input.</summary>
public sealed class TestCommandTests : IDisposable
{
    private const string UnicornCases = """
        {
          "catalog": "qingdao-reference",
          "asOf": "2023-06-30",
          "cases": [
            {
              "name": "a Laoshan unicorn may receive up to 3 million yuan",
              "profile": { "facts": { "enterprise.district": "370212",
                "enterprise.certifications": [ { "kind": "unicorn", "recognizedOn": "2023-05-10", "expiresOn": null } ] } },
              "expect": { "laoshan-unicorn-award": { "verdict": "eligible", "upTo": 3000000 } }
            }
          ]
        }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(null, args);

    private string File(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private static string ReferenceCases()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var cases = Path.Combine(dir.FullName, "tests", "PolicyKit.Catalogs.Qingdao.Tests", "Cases");
            if (Directory.Exists(cases))
            {
                return cases;
            }
        }

        throw new InvalidOperationException("the reference catalog's case files were not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Test_PassingFile_ExitsZeroAndClosesWithTheCounts()
    {
        var (code, output, error) = Run("test", File("unicorn.json", UnicornCases));

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain("PASS unicorn.json: a Laoshan unicorn may receive up to 3 million yuan");
        output.TrimEnd().Split('\n')[^1].Should().Be("1 passed, 0 failed");
    }

    [Fact]
    public void Test_WrongExpectation_ExitsOneWithExpectedActualReasonsAndFacts()
    {
        var wrong = UnicornCases.Replace("\"upTo\": 3000000", "\"upTo\": 5000000", StringComparison.Ordinal);

        var (code, output, _) = Run("test", File("wrong.json", wrong), "--lang", "en");

        code.Should().Be(1);
        output.Should().Contain("FAIL wrong.json: a Laoshan unicorn may receive up to 3 million yuan");
        output.Should().Contain("laoshan-unicorn-award").And.Contain("upTo: expected 5000000, actual 3000000");
        output.Should().Contain("reasons:").And.Contain("✓").And.Contain("facts read:").And.Contain("enterprise.district = 370212");
        output.TrimEnd().Split('\n')[^1].Should().Be("0 passed, 1 failed");
    }

    [Fact]
    public void Test_ReferenceCasesWithMinimumCoverage_ReachesOneHundredPercent()
    {
        var (code, output, error) = Run("test", ReferenceCases(), "--min-coverage", "100", "--lang", "en");

        error.Should().BeEmpty();
        code.Should().Be(0, output);
        output.Should().Contain("rule coverage: 100%");
        output.TrimEnd().Split('\n')[^1].Should().MatchRegex("^[0-9]+ passed, 0 failed$");
    }

    [Fact]
    public void Test_CoverageBelowTheMinimum_ExitsOneAndNamesTheNodesNeverSeenBothWays()
    {
        var (code, output, _) = Run("test", File("unicorn.json", UnicornCases), "--coverage", "--min-coverage", "100", "--lang", "en");

        code.Should().Be(1);
        output.Should().Contain("qingdao-reference/laoshan-unicorn-award: 0/3");
        output.Should().Contain("eligibility.all[1] (has enterprise.certifications): never seen false (seen: true)");
        output.Should().Contain("is below the minimum of 100%");
        output.TrimEnd().Split('\n')[^1].Should().Be("1 passed, 0 failed");
    }

    [Fact]
    public void Test_JsonFormat_GivesCountsMismatchesAndCoverage()
    {
        var wrong = UnicornCases.Replace("\"verdict\": \"eligible\"", "\"verdict\": \"ineligible\"", StringComparison.Ordinal);

        var (code, output, _) = Run("test", File("wrong.json", wrong), "--format", "json", "--coverage");

        code.Should().Be(1);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("passed").GetInt32().Should().Be(0);
        root.GetProperty("failed").GetInt32().Should().Be(1);
        var mismatch = root.GetProperty("cases")[0].GetProperty("mismatches")[0];
        mismatch.GetProperty("policy").GetString().Should().Be("laoshan-unicorn-award");
        mismatch.GetProperty("field").GetString().Should().Be("verdict");
        mismatch.GetProperty("expected").GetString().Should().Be("ineligible");
        mismatch.GetProperty("actual").GetString().Should().Be("eligible");
        var coverage = root.GetProperty("coverage");
        coverage.GetProperty("percent").GetDecimal().Should().BeLessThan(100m);
        coverage.GetProperty("policies").EnumerateArray()
            .Single(p => p.GetProperty("policy").GetString() == "laoshan-unicorn-award")
            .GetProperty("uncoveredNodes").EnumerateArray().Select(n => n.GetProperty("path").GetString())
            .Should().Equal("eligibility", "eligibility.all[0]", "eligibility.all[1]");
    }

    [Fact]
    public void Test_Folder_RunsCaseFilesButNotTheCatalogsBesideThem()
    {
        File("suite/tiny.catalog.json", """{ "id": "tiny", "version": "1", "lists": [ { "id": "l", "title": { "zh": "清单" }, "jurisdiction": "370212" } ], "policies": [ { "id": "p", "list": "l", "title": { "zh": "政策" }, "eligibility": { "always": true }, "award": { "none": true } } ] }""");
        File("suite/a.json", """{ "catalog": "tiny.catalog.json", "asOf": "2023-01-01", "cases": [ { "name": "anyone", "profile": { "facts": {} }, "expect": { "p": "eligible" } } ] }""");
        File("suite/more/b.json", UnicornCases);

        var (code, output, error) = Run("test", Path.Combine(_dir, "suite"));

        error.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Contain("PASS a.json: anyone").And.Contain("PASS b.json: a Laoshan unicorn");
        output.TrimEnd().Split('\n')[^1].Should().Be("2 passed, 0 failed");
    }

    [Fact]
    public void Test_CatalogFileRelativeToTheCaseFile_IsUsed_AndCatalogOptionOverridesIt()
    {
        File("catalogs/tiny.json", """{ "id": "tiny", "version": "1", "lists": [ { "id": "l", "title": { "zh": "清单" }, "jurisdiction": "370212" } ], "policies": [ { "id": "p", "list": "l", "title": { "zh": "政策" }, "eligibility": { "fact": "enterprise.employees", "ge": 50 }, "award": { "fixed": 1000 } } ] }""");
        var cases = File("cases/tiny-cases.json", """
            { "catalog": "../catalogs/tiny.json", "asOf": "2023-01-01",
              "cases": [ { "name": "fifty employees get 1000 yuan", "profile": { "facts": { "enterprise.employees": 50 } }, "expect": { "p": { "verdict": "eligible", "amount": 1000 } } } ] }
            """);

        Run("test", cases).Code.Should().Be(0);
        var (code, _, error) = Run("test", cases, "--catalog", "qingdao-reference");
        code.Should().Be(2, "the reference catalog has no policy 'p'");
        error.Should().Contain("has no policy 'p'");
    }

    [Theory]
    [InlineData("{ \"catalog\": \"qingdao-reference\", \"cases\": [ ", "invalid JSON")]
    [InlineData("{ \"catalog\": \"nowhere\", \"cases\": [] }", "'nowhere' is neither a known catalog id nor a catalog file")]
    [InlineData("{ \"cases\": [] }", "names no catalog")]
    [InlineData("{ \"catalog\": \"qingdao-reference\", \"asOf\": \"2023-06-30\", \"cases\": [ { \"name\": \"n\", \"profile\": { \"facts\": {} }, \"expect\": { \"laoshan-unicorn-awrd\": \"eligible\" } } ] }", "cases[0].expect['laoshan-unicorn-awrd']: catalog qingdao-reference has no policy 'laoshan-unicorn-awrd'; did you mean 'laoshan-unicorn-award'?")]
    [InlineData("{ \"catalog\": \"qingdao-reference\", \"asOf\": \"2023-06-30\", \"cases\": [ { \"name\": \"n\", \"profile\": { \"facts\": {} }, \"expect\": { \"laoshan-unicorn-award\": \"maybe\" } } ] }", "'maybe' is not allowed here; expected one of eligible, ineligible, undetermined, not-in-force")]
    [InlineData("{ \"catalog\": \"qingdao-reference\", \"cases\": [ { \"name\": \"n\", \"profile\": { \"facts\": {} }, \"expect\": {} } ] }", "case 'n' needs 'asOf'")]
    [InlineData("{ \"catalog\": \"qingdao-reference\", \"asOf\": \"2023-06-30\", \"cases\": [ { \"name\": \"n\", \"profile\": { \"facts\": { \"enterprise.employes\": 3 } }, \"expect\": {} } ] }", "cases[0].profile.facts['enterprise.employes']")]
    public void Test_BadCaseFile_ExitsTwoWithOneLineNamingFileAndPath(string content, string expected)
    {
        var path = File("bad.json", content);

        var (code, output, error) = Run("test", path);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("policykit: ").And.Contain("bad.json").And.Contain(expected);
        error.TrimEnd().Should().NotContain("\n").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("--min-coverage", "abc", "--min-coverage 'abc' is not a percentage")]
    [InlineData("--format", "table", "--format 'table' is not supported; use text or json")]
    [InlineData("--lang", "fr", "--lang 'fr' is not supported")]
    public void Test_BadOption_ExitsTwo(string option, string value, string expected)
    {
        var (code, _, error) = Run("test", File("unicorn.json", UnicornCases), option, value);

        code.Should().Be(2);
        error.Should().Contain(expected);
    }

    [Fact]
    public void Test_NoSuchPathOrNoPath_ExitsTwo()
    {
        Run("test", Path.Combine(_dir, "missing.json")).Should().Match<(int Code, string Out, string Err)>(r => r.Code == 2 && r.Err.Contains("is neither a case file nor a folder"));
        Run("test").Code.Should().Be(2);
        Run("test", Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName).Err.Should().Contain("has no case files");
    }
}
