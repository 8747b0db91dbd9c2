using System.Text;
using System.Text.Json;

namespace PolicyKit.Cli.Tests;

/// <summary>Issue 18 (6, 7) through the real entry point: one UTF-8 rule, folders, escaped messages, CSV money, JSON languages, totals wording.</summary>
public sealed class InputRuleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-inputs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(null, args);

    [Fact]
    public void Batch_InvalidUtf8_IsRefusedLikeMatchAndSimulate()
    {
        var input = PathOf("profiles.jsonl");
        var bad = Encoding.UTF8.GetBytes("{\"facts\":{}}\n{\"id\":\"a").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\",\"facts\":{}}\n")).ToArray();
        File.WriteAllBytes(input, bad);
        var output = PathOf("out.jsonl");

        var (code, _, err) = Run("batch", "--profiles", input, "--out", output);

        code.Should().Be(2, err);
        err.Should().Contain("profiles.jsonl(2,");
        File.Exists(output).Should().BeFalse();
        Run("simulate", "--population", input).Code.Should().Be(2, "simulate applies the same rule");
    }

    [Theory]
    [InlineData("match", "--profile")]
    [InlineData("batch", "--profiles")]
    [InlineData("simulate", "--population")]
    public void AFolderGivenAsAnInput_IsNamedAFolder_NotMissing(string command, string option)
    {
        string[] args = command == "batch" ? [command, option, _dir, "--out", PathOf("o.jsonl")] : [command, option, _dir];

        var (code, _, err) = Run(args);

        code.Should().Be(2);
        err.Should().Contain("is a folder").And.NotContain("does not exist");
    }

    [Fact]
    public void AMissingFileWithAnEscSequence_IsEscapedInTheMessage()
    {
        var (code, _, err) = Run("match", "--profile", "\u001b[2J\u001b]0;pwned\u0007.json");

        code.Should().Be(2);
        err.Should().NotContain("\u001b").And.NotContain("\u0007").And.Contain("\\u001B[2J");
    }

    [Fact]
    public void BatchCsv_Money_HasNoTrailingZeros_AsInTheJson()
    {
        // Synthetic: a rate of 0.10 on 250,000,000.00 yuan is 25000000.0000 in decimal; the CSV wrote "25000000.0".
        var catalog = PathOf("c.json");
        File.WriteAllText(catalog, """
            { "id": "synthetic-rate", "version": "1",
              "lists": [ { "id": "l", "title": { "zh": "清单（虚构）" }, "jurisdiction": "370212", "validity": { "start": "2023-01-01", "end": "2023-12-31" } } ],
              "policies": [ { "id": "p", "list": "l", "title": { "zh": "比例奖补（虚构）" }, "eligibility": { "always": true }, "award": { "rate": 0.10, "of": "project.investment", "cap": 30000000.00 } } ] }
            """);
        var input = PathOf("profiles.jsonl");
        File.WriteAllLines(input, ["""{ "facts": { "project.investment": 250000000.00 } }""", """{ "facts": { "project.investment": 0.00 } }"""]);
        var csv = PathOf("out.csv");
        var jsonl = PathOf("out.jsonl");

        Run("batch", "--profiles", input, "--catalog", catalog, "--out", csv, "--as-of", "2023-06-30", "--format", "csv").Code.Should().Be(0);
        Run("batch", "--profiles", input, "--catalog", catalog, "--out", jsonl, "--as-of", "2023-06-30").Code.Should().Be(0);

        var fromJson = File.ReadAllLines(jsonl).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var award = json.RootElement.GetProperty("decisions")[0].GetProperty("award");
            return (award.GetProperty("amount").GetRawText(), award.GetProperty("upTo").GetRawText());
        }).ToList();
        var rows = File.ReadAllLines(csv).Skip(1).Select(r => r.Split(',')).Select(r => (r[4], r[5])).ToList();
        rows.Should().Equal(fromJson);
        rows.Should().Equal([("25000000", "25000000"), ("0", "0")]);
    }

    [Fact]
    public void MatchJson_WritesBothLanguages_AsBatchDoes_AndLangNarrowsToOne()
    {
        var (code, output, _) = Run("match", "--sample", "--format", "json");

        code.Should().Be(0);
        using var both = JsonDocument.Parse(output);
        var text = both.RootElement.GetProperty("decisions").EnumerateArray().First(d => d.GetProperty("award").ValueKind == JsonValueKind.Object).GetProperty("award").GetProperty("text");
        text.GetProperty("zh").GetString().Should().NotBeNullOrEmpty();
        text.GetProperty("en").GetString().Should().NotBeNullOrEmpty();

        using var english = JsonDocument.Parse(Run("match", "--sample", "--format", "json", "--lang", "en").Out);
        english.RootElement.GetProperty("decisions").EnumerateArray().First(d => d.GetProperty("award").ValueKind == JsonValueKind.Object)
            .GetProperty("award").GetProperty("text").ValueKind.Should().Be(JsonValueKind.String);
    }

    [Fact]
    public void SimulateTotals_SayWhatFirmsWithAwardCounts_AndThatUnboundedFirmsMayOverlap()
    {
        // Synthetic: one item whose award is a rate of an unknown base without a cap (unbounded), one fixed.
        var catalog = PathOf("c.json");
        File.WriteAllText(catalog, """
            { "id": "synthetic-unbounded", "version": "1",
              "lists": [ { "id": "l", "title": { "zh": "清单（虚构）" }, "jurisdiction": "370212", "validity": { "start": "2023-01-01", "end": "2023-12-31" } } ],
              "policies": [
                { "id": "rate", "list": "l", "title": { "zh": "比例奖补（虚构）" }, "eligibility": { "always": true }, "award": { "rate": 0.1, "of": "project.investment" } },
                { "id": "fixed", "list": "l", "title": { "zh": "定额奖补（虚构）" }, "eligibility": { "fact": "enterprise.employees", "ge": 10 }, "award": { "fixed": 1000 } } ] }
            """);
        var population = PathOf("firms.jsonl");
        File.WriteAllLines(population, ["""{ "id": "a", "facts": { "enterprise.employees": 50 } }""", """{ "id": "b", "facts": { "enterprise.employees": 1 } }"""]);

        var (code, zh, err) = Run("simulate", "--population", population, "--catalog", catalog, "--as-of", "2023-06-30");
        var en = Run("simulate", "--population", population, "--catalog", catalog, "--as-of", "2023-06-30", "--lang", "en").Out;

        code.Should().Be(0, err);
        zh.Should().Contain("最高额大于 0 的企业 1 家；有不设上限奖补的企业 2 家（可与前者重叠）");
        en.Should().Contain("1 firms with an up-to above 0; 2 firms with an award without a stated ceiling (some may be among them)");
    }
}
