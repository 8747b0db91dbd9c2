using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Compilation;
using PolicyKit.Outputs;
using PolicyKit.Sources;
using PolicyKit.Testing;

namespace PolicyKit.Cli.Tests;

/// <summary><c>policykit batch</c> through the real entry point: order, formats, bad input, Ctrl+C.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private static readonly IClock Clock = FakeClock.FromUtc(2026, 11, 22);
    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(bool terminal, TextWriter? stderr, string[] args, CancellationToken token)
    {
        using var stdout = new StringWriter();
        using var ownErr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr ?? ownErr, Clock, TextReader.Null, terminal, token);
        return (code, stdout.ToString(), (stderr ?? ownErr).ToString()!);
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => Run(false, null, args, CancellationToken.None);

    private string Path(string name) => System.IO.Path.Combine(_dir, name);

    /// <summary>The sample firm with a different employee count per line, so each line's report differs.</summary>
    private string Profiles(int count, string? badLine = null)
    {
        var sample = QingdaoCatalogs.SampleProfile;
        var lines = Enumerable.Range(0, count).Select(i =>
        {
            var profile = sample.ToBuilder().WithId($"firm-{i}").Set(global::PolicyKit.Facts.StandardFacts.Employees, i % 3 == 0 ? 5L : 300L).Build();
            return ProfileJson.Write(profile);
        }).ToList();
        if (badLine is not null)
        {
            lines.Insert(1, badLine);
        }

        var path = Path("profiles.jsonl");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    [Fact]
    public void Jsonl_OneReportPerProfileInInputOrder_EqualToEvaluatingEachAlone()
    {
        var input = Profiles(5);
        var output = Path("out.jsonl");

        var (code, stdout, stderr) = Run("batch", "--profiles", input, "--out", output, "--as-of", "2023-06-30");

        code.Should().Be(0, stderr);
        stdout.Should().BeEmpty("reports go to the --out file");
        stderr.Should().Contain("5 profile(s)").And.Contain("qingdao-reference");
        var evaluator = new CompiledEvaluator(QingdaoCatalogs.Reference);
        var expected = File.ReadLines(input)
            .Select((line, i) => ProfileJson.ReadLine(line, QingdaoCatalogs.Reference.Schema, i + 1))
            .Select(p => ReportJson.Write(evaluator.Evaluate(p, QingdaoCatalogs.SampleAsOf), new ReportWriteOptions { IncludeReasons = false, Indented = false }));
        File.ReadAllLines(output).Should().Equal(expected);
    }

    [Fact]
    public void Jsonl_WithReasons_IncludesTheReasonsTree()
    {
        var output = Path("out.jsonl");

        Run("batch", "--profiles", Profiles(1), "--out", output, "--as-of", "2023-06-30", "--reasons").Code.Should().Be(0);

        using var json = JsonDocument.Parse(File.ReadAllLines(output).Single());
        json.RootElement.GetProperty("decisions")[0].TryGetProperty("reasons", out _).Should().BeTrue();
    }

    [Fact]
    public void Csv_OneRowPerProfileAndPolicyInForce()
    {
        var output = Path("out.csv");

        var (code, _, stderr) = Run("batch", "--profiles", Profiles(3), "--out", output, "--as-of", "2023-06-30", "--format", "csv");

        code.Should().Be(0, stderr);
        var rows = File.ReadAllLines(output);
        rows[0].Should().Be("profile,profileId,policyId,verdict,amount,upTo,capped,missingFacts");
        var inForce = new CompiledEvaluator(QingdaoCatalogs.Reference).Evaluate(QingdaoCatalogs.SampleProfile, QingdaoCatalogs.SampleAsOf).Decisions.Length;
        rows.Should().HaveCount(1 + (3 * inForce));
        rows.Skip(1).Select(r => r.Split(',')[1]).Distinct().Should().Equal("firm-0", "firm-1", "firm-2");
        rows.Skip(1).Select(r => r.Split(',')[3]).Should().OnlyContain(v => v == "eligible" || v == "ineligible" || v == "undetermined");
    }

    [Fact]
    public void BadLine_ExitsTwoNamingFileAndLine_AndWritesNothing()
    {
        var output = Path("out.jsonl");
        File.WriteAllText(output, "previous run\n");

        var (code, _, stderr) = Run("batch", "--profiles", Profiles(3, badLine: """{ "facts": { "enterprise.employees": "many" } }"""), "--out", output);

        code.Should().Be(2);
        stderr.Should().Contain("profiles.jsonl(2,").And.NotContain("   at ");
        stderr.TrimEnd().Split('\n').Should().ContainSingle();
        File.ReadAllText(output).Should().Be("previous run\n", "a failed run leaves the earlier output untouched");
        Directory.GetFiles(_dir).Should().HaveCount(2, "no partial file is left behind");
    }

    [Theory]
    [InlineData(new[] { "batch", "--out", "x.jsonl" }, "--profiles")]
    [InlineData(new[] { "batch", "--profiles", "missing.jsonl", "--out", "x.jsonl" }, "missing.jsonl")]
    [InlineData(new[] { "batch", "--profiles", "p", "--out", "x", "--format", "xml" }, "--format 'xml'")]
    [InlineData(new[] { "batch", "--profiles", "p", "--out", "x", "--lang", "zh" }, "unknown option --lang")]
    public void BadUsage_ExitsTwoWithOneLine(string[] args, string expected)
    {
        var (code, _, stderr) = Run(args);

        code.Should().Be(2);
        stderr.Should().Contain(expected);
        stderr.TrimEnd().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void OnATerminal_DrawsAProgressBar_OtherwiseNot()
    {
        var input = Profiles(10);

        Run(true, null, ["batch", "--profiles", input, "--out", Path("a.jsonl")], CancellationToken.None).Err.Should().Contain("100%").And.Contain("10/10");
        Run(false, null, ["batch", "--profiles", input, "--out", Path("b.jsonl")], CancellationToken.None).Err.Should().NotContain("%");
    }

    [Fact]
    public void CtrlC_LeavesACompleteValidFileOfTheProfilesDone()
    {
        var input = Profiles(5000);
        var output = Path("out.jsonl");
        using var cancellation = new CancellationTokenSource();

        // The progress bar's first redraw comes after the first chunk: press "Ctrl+C" then.
        using var stderr = new CancelOnWrite(cancellation, "%");
        var (code, _, err) = Run(true, stderr, ["batch", "--profiles", input, "--out", output, "--as-of", "2023-06-30"], cancellation.Token);

        code.Should().Be(130, "Ctrl+C ends a command as the shell reports SIGINT (specification §5.10)");
        err.Should().Contain("cancelled");
        var lines = File.ReadAllLines(output);
        lines.Length.Should().BeInRange(1, 4999);
        err.Should().Contain($"first {lines.Length} profile(s)");
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            json.RootElement.GetProperty("asOf").GetString().Should().Be("2023-06-30");
        }
    }

    private sealed class CancelOnWrite(CancellationTokenSource source, string trigger) : StringWriter
    {
        public override void Write(string? value)
        {
            base.Write(value);
            if (value?.Contains(trigger, StringComparison.Ordinal) == true)
            {
                source.Cancel();
            }
        }
    }
}
