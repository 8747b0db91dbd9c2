using System.Text.Json;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Sources;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Cli.Tests;

/// <summary><c>policykit simulate</c> on the reference catalog and a SYNTHETIC Laoshan-like population, through the real entry point.</summary>
public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-simulate-").FullName;
    private readonly string _population;

    public SimulateCommandTests()
    {
        _population = Path.Combine(_dir, "laoshan-like.jsonl");
        File.WriteAllLines(_population, SyntheticPopulation.LaoshanLike(QingdaoCatalogs.Reference, 11, 300).Select(p => ProfileJson.Write(p)));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(null, args);

    [Fact]
    public void Simulate_Table_NamesCatalogDateAndFirmsAndPrintsTotals()
    {
        var (code, output, error) = Run("simulate", "--population", _population, "--as-of", "2023-06-30");

        error.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().StartWith("目录 qingdao-reference 2023.1.0，日期 2023-06-30，企业 300 家");
        output.Should().Contain("[laoshan-unicorn-award]").And.Contain("合计：确定");
    }

    [Fact]
    public void Simulate_JsonAgainstItself_HasDesignFieldsAndNoChange()
    {
        var (code, output, _) = Run("simulate", "--population", _population, "--as-of", "2023-06-30", "--baseline", "qingdao-reference", "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("asOf").GetString().Should().Be("2023-06-30");
        root.GetProperty("population").GetInt32().Should().Be(300);
        root.GetProperty("baseline").GetProperty("id").GetString().Should().Be("qingdao-reference");
        var policies = root.GetProperty("policies").EnumerateArray().ToList();
        policies.Should().NotBeEmpty().And.OnlyContain(p => p.GetProperty("gained").GetInt32() == 0 && p.GetProperty("lost").GetInt32() == 0);
        policies.Should().OnlyContain(p => p.GetProperty("eligible").GetInt32() == p.GetProperty("baseline").GetProperty("eligible").GetInt32());
        root.GetProperty("totals").GetProperty("delta").GetProperty("amount").GetDecimal().Should().Be(0m);
    }

    [Fact]
    public void Simulate_CsvWithChart_WritesOneRowPerPolicyAndAnSvg()
    {
        var chart = Path.Combine(_dir, "chart.svg");

        var (code, output, _) = Run("simulate", "--population", _population, "--as-of", "2023-06-30", "--format", "csv", "--chart", chart);

        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("asOf,catalog,policyId,eligible");
        lines.Should().Contain(l => l.StartsWith("2023-06-30,qingdao-reference@2023.1.0,laoshan-unicorn-award,", StringComparison.Ordinal));
        lines[^1].Should().Contain("(totals)");
        File.ReadAllText(chart).Should().StartWith("<svg").And.Contain("新认定的独角兽").And.EndWith("</svg>\n");
    }

    [Fact]
    public void Simulate_CsvPopulation_GivesTheSameFiguresAsJsonLines()
    {
        var csv = Path.Combine(_dir, "laoshan-like.csv");
        var schema = QingdaoCatalogs.Reference.Schema;
        using (var reader = File.OpenText(_population))
        {
            File.WriteAllText(csv, ProfileCsv.Write(ProfileJson.ReadLines(reader, schema).ToList(), schema));
        }

        var fromCsv = Run("simulate", "--population", csv, "--as-of", "2023-06-30", "--format", "json");
        var fromJsonLines = Run("simulate", "--population", _population, "--as-of", "2023-06-30", "--format", "json");

        fromCsv.Code.Should().Be(0, fromCsv.Err);
        fromCsv.Out.Should().Be(fromJsonLines.Out);
    }

    [Fact]
    public void Simulate_BadCsvRow_ExitsTwoNamingFileLineAndFact()
    {
        var csv = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(csv, "enterprise.district,enterprise.employees\n370212,12\n370212,many\n");

        var (code, output, error) = Run("simulate", "--population", csv, "--as-of", "2023-06-30");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("bad.csv(3,").And.Contain("enterprise.employees");
        error.TrimEnd().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Simulate_AwardBeyondFenRange_HoldsAtTheBoundInsteadOfFailing()
    {
        var catalog = Path.Combine(_dir, "rate.json");
        File.WriteAllText(catalog, """{ "id": "rate", "version": "1", "lists": [ { "id": "l", "title": { "zh": "清单" }, "jurisdiction": "370212", "validity": { "start": "2023-01-01", "end": "2023-12-31" } } ], "policies": [ { "id": "p", "list": "l", "title": { "zh": "政策" }, "eligibility": { "always": true }, "award": { "rate": 0.5, "of": "project.investment" } } ] }""");
        var csv = Path.Combine(_dir, "huge.csv");
        File.WriteAllText(csv, "project.investment\n1000000000000000000000\n");

        var (code, output, error) = Run("simulate", "--population", csv, "--catalog", catalog, "--as-of", "2023-06-30", "--format", "json");

        error.Should().BeEmpty();
        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("totals").GetProperty("amount").GetDecimal().Should().Be(long.MaxValue / 100m);
    }

    [Fact]
    public void Simulate_MissingPopulationFile_IsBadInput()
    {
        var (code, _, error) = Run("simulate", "--population", Path.Combine(_dir, "none.jsonl"));

        code.Should().Be(2);
        error.Should().Contain("does not exist");
    }
}
