using System.Text.Json;

namespace PolicyKit.Cli.Tests;

/// <summary>
/// What <c>match</c> and <c>explain</c> tell besides the verdict: the sources, what they leave
/// open, validity (unstated, ending soon, recently ended) and the application guide, in both languages.
/// </summary>
public sealed class PolicyFactsOutputTests : IDisposable
{
    /// <summary>A fictional catalog: one item ending soon, one ended, one with a guide taking applications, one all year.</summary>
    private const string Fictional = """
        {
          "id": "fictional", "version": "1",
          "lists": [ { "id": "l", "title": { "zh": "虚构清单", "en": "Fictional list" }, "jurisdiction": "370212", "validity": { "start": "2023-01-01", "end": "2023-12-31" } } ],
          "policies": [
            { "id": "soon", "list": "l", "title": { "zh": "即将截止的政策（虚构）", "en": "Item ending soon (fictional)" }, "eligibility": { "always": true }, "award": { "fixed": 1000 } },
            { "id": "ended", "list": "l", "title": { "zh": "已截止的政策（虚构）", "en": "Ended item (fictional)" }, "validity": { "start": "2023-01-01", "end": "2023-11-30" }, "eligibility": { "always": true }, "award": { "fixed": 2000 } },
            { "id": "guided", "list": "l", "title": { "zh": "有申报指南的政策（虚构）", "en": "Item with a guide (fictional)" }, "department": { "zh": "虚构局", "en": "Fictional bureau" },
              "eligibility": { "always": true }, "award": { "upTo": 50000 },
              "guide": {
                "windows": [ { "start": "2023-12-01", "end": "2023-12-20" } ],
                "materials": [ { "zh": "申请表", "en": "Application form" }, { "zh": "营业执照复印件", "en": "Copy of the business licence" } ],
                "phone": "0532-00000000",
                "method": { "zh": "网上申报", "en": "Online" },
                "payoutTime": { "zh": "审核通过后30个工作日内", "en": "Within 30 working days of approval" },
                "documentNumber": "虚政发〔2023〕1号",
                "link": "https://example.org/fictional",
                "withoutApplication": false
              } },
            { "id": "later", "list": "l", "title": { "zh": "尚未开始申报的政策（虚构）", "en": "Item not yet open (fictional)" }, "eligibility": { "always": true }, "award": { "fixed": 1 },
              "guide": { "windows": [ { "start": "2023-12-20", "end": "2023-12-31" } ] } }
          ]
        }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-facts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(null, args);

    private (string Catalog, string Profile) Files()
    {
        var catalog = Path.Combine(_dir, "c.json");
        var profile = Path.Combine(_dir, "p.json");
        File.WriteAllText(catalog, Fictional);
        File.WriteAllText(profile, """{ "facts": {} }""");
        return (catalog, profile);
    }

    [Fact]
    public void Match_SampleOnAFarDate_IsStillEligible_AndSaysOnceThatValidityIsNotStated()
    {
        var (code, output, _) = Run("match", "--sample", "--as-of", "2026-12-01");

        code.Should().Be(0);
        var lines = output.Split(Environment.NewLine);
        lines[1].Should().Be("注意：其中6项政策的原文未载明有效期（提示栏标“有效期未载明”），结论按原文作出；办理前请向主管部门确认仍在执行。");
        output.Split("注意：").Should().HaveCount(2, "the caveat is said once, in the header");
        lines.Single(l => l.Contains("[laoshan-unicorn-award]", StringComparison.Ordinal)).Should().Contain("符合").And.EndWith("有效期未载明");
        lines.Single(l => l.Contains("[laoshan-industry-upstairs-combined-park]", StringComparison.Ordinal)).Should().EndWith("有效期未载明；条件未尽载明，由主管部门认定");
    }

    [Fact]
    public void Match_SampleInEnglish_SaysTheCaveatInEnglish()
    {
        var (_, output, _) = Run("match", "--sample", "--lang", "en");

        output.Split(Environment.NewLine)[1].Should().Be("Note: for 6 of these items the sources do not say how long they are in force (marked \"validity not stated\"); the answers follow the texts as published, so check with the department that they still apply.");
        output.Should().Contain("notes").And.Contain("validity not stated; conditions not fully stated; the department decides");
    }

    [Fact]
    public void Match_FlagsEndingSoon_ListsTheRecentlyEnded_AndTheApplicationState()
    {
        var (catalog, profile) = Files();

        var (code, output, _) = Run("match", "--profile", profile, "--catalog", catalog, "--as-of", "2023-12-05");

        code.Should().Be(0);
        output.Should().NotContain("注意：", "every item states its validity");
        var lines = output.Split(Environment.NewLine);
        lines.Single(l => l.Contains("[soon]", StringComparison.Ordinal)).Should().EndWith("即将截止（2023年12月31日）");
        lines.Single(l => l.Contains("[guided]", StringComparison.Ordinal)).Should().EndWith("即将截止（2023年12月31日）；申报中（2023年12月1日至2023年12月20日）");
        lines.Single(l => l.Contains("[later]", StringComparison.Ordinal)).Should().EndWith("即将截止（2023年12月31日）；申报未开始（2023年12月20日至2023年12月31日）");
        output.Should().NotContain("[ended]");
        output.Should().EndWith(
            "已过期（评估日前90天内截止，不再作出结论）：" + Environment.NewLine
            + "  - 已截止的政策（虚构）：已过期，2023年11月30日截止" + Environment.NewLine);
    }

    [Fact]
    public void Match_InEnglish_SaysEndedAndEndingSoonInWords()
    {
        var (catalog, profile) = Files();

        var (_, output, _) = Run("match", "--profile", profile, "--catalog", catalog, "--as-of", "2023-12-05", "--lang", "en");

        output.Should().Contain("ends soon (31 December 2023); open for applications (1 December 2023 to 20 December 2023)");
        output.Should().Contain("ended (within 90 days before the as-of date; no longer decided):" + Environment.NewLine + "  - Ended item (fictional): ended on 30 November 2023");
    }

    [Fact]
    public void MatchJson_CarriesEndingSoonAndRecentlyEnded()
    {
        var (catalog, profile) = Files();

        var (_, output, _) = Run("match", "--profile", profile, "--catalog", catalog, "--as-of", "2023-12-05", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("decisions")[0].GetProperty("validity").GetProperty("endingSoon").GetBoolean().Should().BeTrue();
        root.GetProperty("recentlyEnded")[0].GetProperty("policyId").GetString().Should().Be("ended");
        root.GetProperty("recentlyEnded")[0].GetProperty("end").GetString().Should().Be("2023-11-30");
    }

    [Fact]
    public void MatchOpenNow_ShowsOnlyItemsTakingApplications_InTableAndJson()
    {
        var (catalog, profile) = Files();

        var (code, output, _) = Run("match", "--profile", profile, "--catalog", catalog, "--as-of", "2023-12-05", "--open-now");
        var (_, later, _) = Run("match", "--profile", profile, "--catalog", catalog, "--as-of", "2023-12-21", "--open-now", "--format", "json");
        var (_, none, _) = Run("match", "--profile", profile, "--catalog", catalog, "--as-of", "2023-11-01", "--open-now");

        code.Should().Be(0);
        output.Should().Contain("[guided]").And.NotContain("[soon]").And.NotContain("[later]");
        using var json = JsonDocument.Parse(later);
        json.RootElement.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("policyId").GetString()).Should().Equal("later");
        none.Should().Contain("2023年11月1日没有正在受理申报的政策（申报时间未载明的政策不列出）。");
    }

    [Fact]
    public void Explain_Sample_PrintsWhereTheItemComesFromAndWhatIsNotStated()
    {
        var (code, output, _) = Run("explain", "--sample", "--policy", "laoshan-unicorn-award");

        code.Should().Be(0);
        output.Should().Contain(
            "出处：" + Environment.NewLine
            + "  政策清单：崂山区支持实体经济发展的揽子政策（文件名称未载明）" + Environment.NewLine
            + "  责任部门：未载明" + Environment.NewLine
            + "  有效期：原文未载明有效期" + Environment.NewLine
            + "  原文（002_90f3867611f83e15.txt）：“比如,对新认定的独角兽等高科技企业,最高可奖励300万元。”" + Environment.NewLine);
        output.Should().Contain("  说明：未载明：“新认定”的时间范围").And.Contain("  原文未尽之处：有效期未载明" + Environment.NewLine);
        output.Should().EndWith("申报：申报时间未载明" + Environment.NewLine);
    }

    [Fact]
    public void Explain_InEnglish_PrintsTheSourcesInEnglish()
    {
        var (_, output, _) = Run("explain", "--sample", "--policy", "laoshan-unicorn-award", "--lang", "en");

        output.Should().Contain("sources:" + Environment.NewLine + "  list: Laoshan's package of policies supporting the real economy (document name not stated)" + Environment.NewLine + "  department: not stated" + Environment.NewLine + "  in force: not stated by the sources");
        output.Should().Contain("  left open by the sources: validity not stated").And.EndWith("applications: application period not stated" + Environment.NewLine);
    }

    [Fact]
    public void Explain_ItemWithAGuide_PrintsTheGuide()
    {
        var (catalog, profile) = Files();

        var (_, zh, _) = Run("explain", "--profile", profile, "--catalog", catalog, "--policy", "guided", "--as-of", "2023-12-05");
        var (_, en, _) = Run("explain", "--profile", profile, "--catalog", catalog, "--policy", "guided", "--as-of", "2023-12-21", "--lang", "en");

        zh.Should().Contain("  责任部门：虚构局").And.Contain("  有效期：2023年1月1日至2023年12月31日（即将截止）").And.Contain("  原文：未引用");
        zh.Should().EndWith(string.Join(Environment.NewLine,
            "申报：申报中（2023年12月1日至2023年12月20日）",
            "  申报材料：申请表；营业执照复印件",
            "  咨询电话：0532-00000000",
            "  受理方式：网上申报",
            "  兑现时限：审核通过后30个工作日内",
            "  文号：虚政发〔2023〕1号",
            "  原文链接：https://example.org/fictional",
            "  须经申报，不属于免申即享。") + Environment.NewLine);
        en.Should().Contain("applications: applications closed (1 December 2023 to 20 December 2023)").And.Contain("  materials: Application form; Copy of the business licence");
    }

    [Fact]
    public void Validate_WithAsOf_WarnsOfStaleLists_WithoutIt_DoesNot()
    {
        var (code, output, _) = Run("validate", "qingdao-reference", "--as-of", "2026-12-01");
        var (_, plain, _) = Run("validate", "qingdao-reference");

        code.Should().Be(0);
        output.Should().Contain("PK3006 warning").And.Contain("list 'laoshan-industry-upstairs' was published on 2023-03-09 and states no end; on 2026-12-01");
        plain.Should().NotContain("PK3006");
    }
}
