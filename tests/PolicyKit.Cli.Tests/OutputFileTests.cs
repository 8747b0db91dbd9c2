using System.Diagnostics;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Sources;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Cli.Tests;

/// <summary>
/// Issue 18 (1, 2): every file a command writes (<c>batch --out</c>, <c>simulate --chart</c>) follows one
/// rule (specification §5.11): a regular file is replaced atomically through a temporary file of its own,
/// a symbolic link is followed, a FIFO or device is written through and never replaced, and concurrent
/// runs never interleave.
/// </summary>
public sealed class OutputFileTests : IDisposable
{
    private static readonly IClock Clock = FakeClock.FromUtc(2026, 11, 22);
    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(null, args);

    private string Profiles(int count, string name = "profiles.jsonl")
    {
        var sample = QingdaoCatalogs.SampleProfile;
        var path = PathOf(name);
        File.WriteAllLines(path, Enumerable.Range(0, count).Select(i => ProfileJson.Write(sample.ToBuilder().WithId($"firm-{i}").Build())));
        return path;
    }

    /// <summary>The file type as the system reports it (coreutils' stat), not as the code under test sees it.</summary>
    private static string FileType(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true })!;
        var type = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return type;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }

    [Fact]
    public void Batch_OutIsASymlink_ReplacesItsTargetAndKeepsTheLink()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // symbolic links need privileges on Windows
        }

        var target = PathOf("target.jsonl");
        File.WriteAllText(target, "previous\n");
        var link = PathOf("link.jsonl");
        File.CreateSymbolicLink(link, target);

        var (code, _, err) = Run("batch", "--profiles", Profiles(2), "--out", link, "--as-of", "2023-06-30");

        code.Should().Be(0, err);
        new FileInfo(link).LinkTarget.Should().Be(target, "the link stays a link");
        File.ReadAllLines(target).Should().HaveCount(2).And.OnlyContain(l => l.StartsWith("{\"asOf\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_OutIsACharacterDevice_WritesThroughAndNeverReplacesIt()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /dev/null and /dev/full as Linux has them
        }

        var (code, _, err) = Run("batch", "--profiles", Profiles(2), "--out", "/dev/null", "--as-of", "2023-06-30");
        code.Should().Be(0, err);
        FileType("/dev/null").Should().Be("character special file");

        // Issue 18 (1): this once replaced the machine's /dev/full by a regular file and said "written to".
        var (full, _, fullErr) = Run("batch", "--profiles", Profiles(2), "--out", "/dev/full", "--as-of", "2023-06-30");
        full.Should().Be(2);
        fullErr.Should().StartWith("policykit: ").And.NotContain("written to").And.NotContain("   at ");
        FileType("/dev/full").Should().Be("character special file");
    }

    [Fact]
    public async Task Batch_OutIsAFifo_TheReaderGetsEveryLineAndTheFifoStays()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo
        }

        var fifo = PathOf("out.fifo");
        MakeFifo(fifo);
        var reader = Task.Run(() => File.ReadAllLines(fifo));

        var (code, _, err) = Run("batch", "--profiles", Profiles(3), "--out", fifo, "--as-of", "2023-06-30");

        code.Should().Be(0, err);
        (await reader.WaitAsync(TimeSpan.FromSeconds(60))).Should().HaveCount(3);
        FileType(fifo).Should().Be("fifo");
    }

    [Fact]
    public async Task Batch_ConcurrentRunsOnOnePath_NeverInterleave_TheLastCompleteWriterWins()
    {
        // Issue 18 (2): two runs shared one .NAME.partial; the survivor held interleaved and broken lines.
        var output = PathOf("out.jsonl");
        var small = Profiles(300, "small.jsonl");
        var large = Profiles(900, "large.jsonl");
        var runs = Enumerable.Range(0, 4).Select(i => Task.Run(() => Run("batch", "--profiles", i % 2 == 0 ? small : large, "--out", output, "--as-of", "2023-06-30"))).ToArray();
        var results = await Task.WhenAll(runs);

        results.Should().OnlyContain(r => r.Code == 0);
        var lines = File.ReadAllLines(output);
        lines.Length.Should().BeOneOf(300, 900);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
        }

        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("asOf").GetString()).Should().OnlyContain(d => d == "2023-06-30");
        Directory.GetFiles(_dir, "*.partial", SearchOption.AllDirectories).Should().BeEmpty("every run removed or moved its own temporary file");
    }

    [Fact]
    public void Batch_TemporaryFile_IsUniqueToTheRun()
    {
        var output = PathOf("out.jsonl");
        File.WriteAllText(PathOf(".out.jsonl.partial"), "another run's temporary file\n");

        Run("batch", "--profiles", Profiles(2), "--out", output, "--as-of", "2023-06-30").Code.Should().Be(0);

        File.ReadAllText(PathOf(".out.jsonl.partial")).Should().Be("another run's temporary file\n", "a run touches only its own temporary file");
        File.ReadAllLines(output).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("/")]
    [InlineData("no-such-folder/out.jsonl")]
    [InlineData("folder/")]
    public void Batch_OutIsNotAFileName_ExitsTwoWithOneLine_AndWritesNothing(string output)
    {
        Directory.CreateDirectory(PathOf("folder"));
        var before = Directory.GetFileSystemEntries(_dir, "*", SearchOption.AllDirectories).Length;
        var profiles = Profiles(2);
        var relative = output.Length > 0 && output[0] != '/' && output.Trim().Length > 0 ? PathOf(output) : output;

        var (code, _, err) = Run("batch", "--profiles", profiles, "--out", relative);

        code.Should().Be(2);
        err.Should().StartWith("policykit: ").And.NotContain("   at ");
        err.TrimEnd().Split('\n').Should().ContainSingle();
        Directory.GetFileSystemEntries(_dir, "*", SearchOption.AllDirectories).Length.Should().Be(before + 1, "only the profiles file was added");
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("no-such-folder/chart.svg")]
    public void Simulate_ChartIsNotAFileName_ExitsTwoBeforeAnyOutput(string chart)
    {
        var population = PathOf("population.jsonl");
        File.WriteAllLines(population, SyntheticPopulation.LaoshanLike(QingdaoCatalogs.Reference, 3, 20).Select(p => ProfileJson.Write(p)));
        var path = chart.Length == 0 ? chart : PathOf(chart);

        var (code, stdout, err) = Run("simulate", "--population", population, "--as-of", "2023-06-30", "--chart", path);

        code.Should().Be(2);
        stdout.Should().BeEmpty("the chart's path is checked before any work");
        err.Should().StartWith("policykit: ").And.NotContain("   at ");
        err.TrimEnd().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Simulate_Chart_ReplacesTheOldChartAtomically_AndACancelledRunKeepsIt()
    {
        var population = PathOf("population.jsonl");
        File.WriteAllLines(population, SyntheticPopulation.LaoshanLike(QingdaoCatalogs.Reference, 3, 200).Select(p => ProfileJson.Write(p)));
        var chart = PathOf("chart.svg");
        File.WriteAllText(chart, "old chart");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = CliApp.Run(["simulate", "--population", population, "--as-of", "2023-06-30", "--chart", chart], stdout, stderr, Clock, TextReader.Null, false, cancelled.Token);

        code.Should().Be(130);
        stderr.ToString().TrimEnd().Split('\n').Should().ContainSingle().Which.Should().Contain("cancelled");
        File.ReadAllText(chart).Should().Be("old chart");
        Directory.GetFiles(_dir, "*.partial").Should().BeEmpty();

        Run("simulate", "--population", population, "--as-of", "2023-06-30", "--chart", chart).Code.Should().Be(0);
        File.ReadAllText(chart).Should().StartWith("<svg");
    }
}
