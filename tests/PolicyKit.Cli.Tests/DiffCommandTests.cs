using System.Text.Json;

namespace PolicyKit.Cli.Tests;

/// <summary><c>policykit diff</c> through the real entry point: items, and one firm across two editions.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private const string Old = """
        { "id": "edition", "version": "2022.1", "lists": [ { "id": "l2022", "title": { "zh": "2022清单" }, "jurisdiction": "370212", "validity": { "start": "2022-01-01", "end": "2022-12-31" } } ],
          "policies": [
            { "id": "a", "list": "l2022", "title": { "zh": "甲", "en": "A" }, "eligibility": { "fact": "enterprise.district", "within": "370212" }, "award": { "upTo": 100 } },
            { "id": "b", "list": "l2022", "title": { "zh": "乙", "en": "B" }, "eligibility": { "has": "unicorn" }, "award": { "upTo": 200 } },
            { "id": "c", "list": "l2022", "title": { "zh": "丙", "en": "C" }, "eligibility": { "always": true }, "award": { "fixed": 50 } } ] }
        """;

    private const string New = """
        { "id": "edition", "version": "2023.1", "lists": [ { "id": "l2022", "title": { "zh": "2022清单" }, "jurisdiction": "370212", "validity": { "start": "2022-01-01", "end": "2022-12-31" } },
                                                           { "id": "l2023", "title": { "zh": "2023清单" }, "jurisdiction": "370212", "predecessor": "l2022", "validity": { "start": "2023-01-01", "end": "2023-12-31" } } ],
          "policies": [
            { "id": "a", "list": "l2022", "title": { "zh": "甲", "en": "A" }, "eligibility": { "fact": "enterprise.district", "within": "370212" }, "award": { "upTo": 100 } },
            { "id": "a2", "list": "l2023", "title": { "zh": "甲（延续）", "en": "A (continued)" }, "status": "continued", "continues": "a", "eligibility": { "fact": "enterprise.district", "within": "370212" }, "award": { "upTo": 150 } },
            { "id": "b", "list": "l2023", "title": { "zh": "乙", "en": "B" }, "eligibility": { "has": "gazelle" }, "award": { "upTo": 200 } },
            { "id": "d", "list": "l2023", "title": { "zh": "丁", "en": "D" }, "eligibility": { "has": "unicorn" }, "award": { "fixed": 80 } } ] }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-diff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string Firm() => Write("firm.json", """{ "id": "unicorn-firm", "facts": { "enterprise.district": "370212", "enterprise.certifications": [ { "kind": "unicorn", "recognizedOn": "2021-05-10", "expiresOn": null } ] } }""");

    [Fact]
    public void Diff_TwoEditions_ListsAddedRemovedContinuedAndChanged()
    {
        var (code, output, error) = CliRun.Run(null, "diff", Write("old.json", Old), Write("new.json", New), "--lang", "en");

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain("diff: edition, version 2022.1 → edition, version 2023.1");
        output.Should().MatchRegex(@"added \(\d\)\n(  .*\n)*  d  D\n").And.Contain("removed (1)\n  c  C").And.Contain("continued (1)\n  a → a2  A (continued)");
        output.Should().Contain("  a → a2: title, award, validity, placement").And.Contain("  b: eligibility, validity, placement");
    }

    [Fact]
    public void Diff_WithProfile_ShowsGainedLostAndChangedSideBySide()
    {
        var (code, output, _) = CliRun.Run(null, "diff", Write("old.json", Old), Write("new.json", New), "--profile", Firm(), "--old-as-of", "2022-06-30", "--as-of", "2023-06-30", "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("old").GetProperty("asOf").GetString().Should().Be("2022-06-30");
        root.GetProperty("new").GetProperty("asOf").GetString().Should().Be("2023-06-30");
        var outcomes = root.GetProperty("decisions").EnumerateArray().ToDictionary(
            d => (d.GetProperty("oldPolicyId").GetString() ?? "-") + ">" + (d.GetProperty("newPolicyId").GetString() ?? "-"),
            d => d.GetProperty("outcome").GetString());
        outcomes.Should().Equal(new Dictionary<string, string?>
        {
            ["a>a2"] = "changed",
            ["b>b"] = "lost",
            ["->d"] = "gained",
            ["c>-"] = "lost",
        });
        var a2 = root.GetProperty("decisions")[0];
        a2.GetProperty("matchedBy").GetString().Should().Be("continued");
        a2.GetProperty("old").GetProperty("upTo").GetDecimal().Should().Be(100m);
        a2.GetProperty("new").GetProperty("upTo").GetDecimal().Should().Be(150m);
        root.GetProperty("new").GetProperty("totals").GetProperty("amount").GetDecimal().Should().Be(80m);
    }

    [Fact]
    public void Diff_WithProfileAsTable_NamesBothDatesAndTotals()
    {
        var (code, output, _) = CliRun.Run(null, "diff", Write("old.json", Old), Write("new.json", New), "--profile", Firm(), "--old-as-of", "2022-06-30", "--as-of", "2023-06-30");

        code.Should().Be(0);
        output.Should().Contain("企业：unicorn-firm；旧版日期：2022年6月30日，新版日期：2023年6月30日");
        output.Should().MatchRegex(@"甲（延续） \[a → a2\]\s+有变化\s+符合\s+最高100元\s+符合\s+最高150元");
        output.Should().MatchRegex(@"丁 \[d\]\s+新增可享\s+（无）\s+-\s+符合\s+80元");
        output.Should().Contain("合计：旧版已确定50元");
    }

    [Fact]
    public void Diff_ReferenceAgainstItselfWithSample_EverythingUnchanged()
    {
        var (code, output, _) = CliRun.Run(null, "diff", "qingdao-reference", "qingdao-reference", "--sample", "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var decisions = json.RootElement.GetProperty("decisions").EnumerateArray().ToList();
        decisions.Should().NotBeEmpty();
        decisions.Should().OnlyContain(d => d.GetProperty("outcome").GetString() == "unchanged" && d.GetProperty("matchedBy").GetString() == "id");
        json.RootElement.GetProperty("new").GetProperty("asOf").GetString().Should().Be("2023-06-30");
    }

    [Fact]
    public void Diff_DocsExampleEditions_GainedAndLostAsTheGuidancePageSays()
    {
        var examples = Path.Combine(RepositoryRoot(), "docs", "examples");

        var (code, output, _) = CliRun.Run(null, "diff", Path.Combine(examples, "editions-2022.catalog.json"), Path.Combine(examples, "editions-2023.catalog.json"),
            "--profile", Path.Combine(examples, "editions-firm.profile.json"), "--old-as-of", "2022-06-30", "--as-of", "2023-06-30", "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("outcome").GetString())
            .Should().Equal("gained", "lost", "gained", "lost");
    }

    [Fact]
    public void Diff_FactRetypedBetweenEditions_ExitsTwoNamingTheFact()
    {
        const string Typed = """{ "id": "t", "version": "VERSION", "facts": [ { "id": "x.size", "type": "TYPE", "label": { "zh": "规模" } } ], "lists": [ { "id": "l", "title": { "zh": "清单" }, "jurisdiction": "370212", "validity": { "start": "2023-01-01", "end": "2023-12-31" } } ], "policies": [ { "id": "p", "list": "l", "title": { "zh": "政策" }, "eligibility": { "fact": "x.size", "ge": 1 }, "award": { "fixed": 1 } } ] }""";
        var old = Write("typed-old.json", Typed.Replace("VERSION", "1", StringComparison.Ordinal).Replace("TYPE", "integer", StringComparison.Ordinal));
        var @new = Write("typed-new.json", Typed.Replace("VERSION", "2", StringComparison.Ordinal).Replace("TYPE", "decimal", StringComparison.Ordinal));
        var profile = Write("typed.json", """{ "facts": { "x.size": 2.5 } }""");

        var (code, _, error) = CliRun.Run(null, "diff", old, @new, "--profile", profile, "--as-of", "2023-06-30");

        code.Should().Be(2);
        error.Should().StartWith("policykit: the profile does not fit catalog t 1").And.Contain("x.size");
        error.TrimEnd().Should().NotContain("\n");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "PolicyKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }

    [Theory]
    [InlineData(new[] { "diff", "qingdao-reference" }, "'diff' takes 2 argument(s), but got 1")]
    [InlineData(new[] { "diff", "qingdao-reference", "/no/such/catalog.json" }, "'/no/such/catalog.json' is neither a catalog file nor an embedded catalog id")]
    [InlineData(new[] { "diff", "qingdao-reference", "qingdao-reference", "--as-of", "2023-06-30" }, "give --profile <file> or --sample too")]
    [InlineData(new[] { "diff", "qingdao-reference", "qingdao-reference", "--sample", "--profile", "p.json" }, "give either --profile <file> or --sample, not both")]
    [InlineData(new[] { "diff", "qingdao-reference", "qingdao-reference", "--sample", "--old-as-of", "June" }, "--as-of 'June' is not a date")]
    [InlineData(new[] { "diff", "qingdao-reference", "qingdao-reference", "--profile", "/no/such/profile.json" }, "profile file '/no/such/profile.json' does not exist")]
    [InlineData(new[] { "diff", "qingdao-reference", "qingdao-reference", "--format", "csv" }, "--format 'csv' is not supported")]
    [InlineData(new[] { "explain", "--sample", "--policy", "laoshan-unicorn-award", "--why-not", "yes" }, "'explain' takes no arguments")]
    public void Diff_BadUsage_ExitsTwoWithOneLine(string[] args, string expected)
    {
        var (code, output, error) = CliRun.Run(null, args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("policykit: ").And.Contain(expected);
        error.TrimEnd().Should().NotContain("\n");
    }
}
