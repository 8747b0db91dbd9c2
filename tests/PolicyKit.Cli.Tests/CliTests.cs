namespace PolicyKit.Cli.Tests;

/// <summary>Every command through the real entry point, <see cref="CliApp.Run"/>, with a fake clock.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(null, args);

    private string File(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Match_Sample_PrintsEveryVerdictAndTotals()
    {
        var (code, output, error) = Run("match", "--sample");

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("青岛市及崂山区等惠企政策参考目录（据公开报道整理，部分建模），版本 2023.1.0；企业：示例虚拟现实科技有限公司（虚构）；日期：2023年6月30日" + Environment.NewLine);
        output.Should().Contain("符合").And.Contain("不符合").And.Contain("待定");
        output.Should().Contain("[laoshan-unicorn-award]").And.Contain("300万元").And.Contain("合计：已确定0元，最高可达300万元（以主管部门核定为准）");
        output.Should().NotContain("enterprise.").And.NotContain("project.").And.NotContain("3,000,000");
    }

    [Fact]
    public void Match_SampleInEnglishAsJson_IsTheDesignReportShape()
    {
        var (code, output, _) = Run("match", "--sample", "--format", "json", "--lang", "en");

        code.Should().Be(0);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2023-06-30");
        root.GetProperty("catalog").GetProperty("id").GetString().Should().Be("qingdao-reference");
        root.GetProperty("determinationId").GetString().Should().MatchRegex("^[0-9a-f]{64}$");
        root.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("verdict").GetString()).Should().Contain(["eligible", "ineligible", "undetermined"]);
        root.GetProperty("totals").GetProperty("upTo").GetDecimal().Should().Be(3_000_000m);
    }

    [Fact]
    public void Match_DateOutsideEveryList_SaysNothingIsInForceAndWhichCatalog()
    {
        var catalog = File("c.json", """{ "id": "tiny", "version": "1", "lists": [ { "id": "l", "title": { "zh": "清单" }, "jurisdiction": "370212", "validity": { "start": "2023-01-01", "end": "2023-12-31" } } ], "policies": [ { "id": "p", "list": "l", "title": { "zh": "政策" }, "eligibility": { "always": true }, "award": { "fixed": 1 } } ] }""");
        var profile = File("p.json", """{ "facts": {} }""");

        var (code, output, _) = Run("match", "--profile", profile, "--catalog", catalog, "--lang", "en");

        code.Should().Be(0);
        output.Should().Contain("as of 22 November 2026").And.Contain("no item of tiny is in force on 22 November 2026.");
    }

    [Fact]
    public void Explain_Policy_PrintsTheReasonsTree()
    {
        var (code, output, _) = Run("explain", "--sample", "--policy", "laoshan-unicorn-award", "--lang", "en");

        code.Should().Be(0);
        output.Should().Contain("[laoshan-unicorn-award]: eligible").And.Contain("✓ must hold a valid unicorn enterprise recognition (holds one recognised 10 May 2023): met");
    }

    [Fact]
    public void Validate_ReferenceCatalog_HasNoErrors()
    {
        var (code, output, _) = Run("validate", "qingdao-reference");

        code.Should().Be(0);
        output.Should().Contain("PK3001 info").And.EndWith("0 error(s), 0 warning(s), 16 info." + Environment.NewLine);
    }

    [Fact]
    public void Validate_CatalogWithErrors_ExitsOneAndListsThem()
    {
        var catalog = File("bad.json", """{ "id": "bad", "version": "1", "lists": [], "policies": [ { "id": "p", "list": "nowhere", "title": { "zh": "政策" }, "eligibility": { "fact": "enterprise.employes", "ge": 5 }, "award": { "upTo": -1 } } ] }""");

        var (code, output, _) = Run("validate", catalog);

        code.Should().Be(1);
        output.Should().Contain("PK2001 error policies[0].eligibility: unknown fact 'enterprise.employes'").And.Contain("PK2002 error").And.Contain("PK4004 error");
    }

    [Fact]
    public void Catalogs_ListsTheEmbeddedReference()
    {
        var (code, output, _) = Run("catalogs");

        code.Should().Be(0);
        output.Should().Contain("qingdao-reference");
    }

    [Theory]
    [InlineData(new[] { "match", "--sample", "--as-of", "2023-13-01" }, "--as-of '2023-13-01' is not a date")]
    [InlineData(new[] { "match", "--sample", "--colour", "red" }, "unknown option --colour")]
    [InlineData(new[] { "match", "--profile", "/no/such/profile.json" }, "profile file '/no/such/profile.json' does not exist")]
    [InlineData(new[] { "match", "--sample", "--catalog", "no-such-catalog" }, "'no-such-catalog' is neither a catalog file nor an embedded catalog id")]
    [InlineData(new[] { "match" }, "give either --profile <file> or --sample")]
    [InlineData(new[] { "match", "--sample", "--format", "xml" }, "--format 'xml' is not supported")]
    [InlineData(new[] { "match", "--sample", "--lang", "fr" }, "--lang 'fr' is not supported")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "explain", "--sample" }, "explain needs --policy <id>")]
    [InlineData(new[] { "explain", "--sample", "--policy", "nope" }, "has no policy 'nope'")]
    [InlineData(new[] { "validate" }, "'validate' takes 1 argument(s)")]
    public void BadUsage_ExitsTwoWithOneLineAndNoStackTrace(string[] args, string expected)
    {
        var (code, output, error) = Run(args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("policykit: ").And.Contain(expected);
        error.TrimEnd().Should().NotContain("\n").And.NotContain("   at ");
    }

    [Fact]
    public void Match_MalformedProfile_ExitsTwoNamingFileAndPlace()
    {
        var profile = File("broken.json", """{ "facts": { "enterprise.employees": "many" } }""");

        var (code, _, error) = Run("match", "--profile", profile);

        code.Should().Be(2);
        error.Should().Contain("broken.json").And.Contain("enterprise.employees");
        error.TrimEnd().Should().NotContain("\n");
    }

    [Fact]
    public void Match_MalformedCatalog_ExitsTwoWithLocation()
    {
        var catalog = File("broken-catalog.json", """{ "id": "x", "version": "1", "policies": [ { "id": "p", "list": "l", "title": { "zh": "t" }, "eligibility": { "always": true }, "award": { "upto": 5 } } ] }""");

        var (code, _, error) = Run("validate", catalog);

        code.Should().Be(2);
        error.Should().Contain("broken-catalog.json").And.Contain("policies[0].award").And.Contain("unknown award form 'upto'");
    }
}
