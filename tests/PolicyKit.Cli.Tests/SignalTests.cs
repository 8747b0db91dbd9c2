using System.Diagnostics;
using System.Text.Json;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Sources;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Cli.Tests;

/// <summary>
/// Issue 18 (3): Ctrl+C for real. The CLI is started as a process and sent SIGINT while it works: it exits
/// 130 with one line on stderr and no stack trace, and a file it writes is a complete prefix or the
/// previous file (specification §5.10). Inputs come through a FIFO, so the test knows the process is
/// mid-command when the signal arrives. Linux only (mkfifo, kill).
/// </summary>
public sealed class SignalTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-signal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    /// <summary>Starts <c>policykit</c> (the built PolicyKit.Cli.dll) with the dotnet host that runs the tests.</summary>
    private static Process Start(params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var cli = Path.Combine(AppContext.BaseDirectory, "PolicyKit.Cli.dll");
        var info = new ProcessStartInfo(host, [cli, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        return Process.Start(info)!;
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
    }

    /// <summary>Waits until <paramref name="ready"/> holds or the process ends; false on timeout.</summary>
    private static bool WaitUntil(Func<bool> ready, Process process)
    {
        var watch = Stopwatch.StartNew();
        while (!ready())
        {
            if (process.HasExited || watch.Elapsed > TimeSpan.FromSeconds(60))
            {
                return false;
            }

            Thread.Sleep(20);
        }

        return true;
    }

    private static (int Code, string Out, string Err) Finish(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).Should().BeTrue("the command ends after Ctrl+C");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string[] Lines(int count) =>
        [.. SyntheticPopulation.LaoshanLike(QingdaoCatalogs.Reference, 5, count).Select(p => ProfileJson.Write(p))];

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Serve_StopsOnSigTermAndSigInt_WithExitCode0(string signal)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var process = Start("serve", "--urls", "http://127.0.0.1:0");
        try
        {
            var started = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            started.Should().Contain("PolicyKit API: http://127.0.0.1:", "serve says where it listens");
            Signal(process, signal);

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var exited = await process.WaitForExitAsync(timeout.Token).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
            exited.Should().BeTrue($"serve ends on SIG{signal}");
            process.ExitCode.Should().Be(0, await process.StandardError.ReadToEndAsync());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void Batch_SigInt_Exits130_WithOneLine_AndACompletePrefix()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var input = PathOf("profiles.jsonl");
        MakeFifo(input);
        var output = PathOf("out.jsonl");
        File.WriteAllText(output, "previous\n");
        using var process = Start("batch", "--profiles", input, "--out", output, "--as-of", "2023-06-30");
        using (var writer = new StreamWriter(input))
        {
            foreach (var line in Lines(2000))
            {
                writer.WriteLine(line);
            }

            writer.Flush();
            WaitUntil(() => Directory.GetFiles(_dir, ".out.jsonl.*.partial").Length > 0, process).Should().BeTrue("the batch started writing");
            Signal(process, "INT");
        }

        var (code, _, err) = Finish(process);

        code.Should().Be(130, err);
        err.Should().NotContain("   at ").And.NotContain("Unhandled");
        err.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().Contain("cancelled");
        var lines = File.ReadAllLines(output);
        (lines is ["previous"] || lines.All(l => JsonDocument.Parse(l).RootElement.GetProperty("asOf").GetString() == "2023-06-30"))
            .Should().BeTrue("the file is the previous one or a prefix of complete reports");
        Directory.GetFiles(_dir, "*.partial").Should().BeEmpty();
    }

    [Fact]
    public void Simulate_SigInt_Exits130_WithOneLine_AndKeepsThePreviousChart()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var population = PathOf("population.jsonl");
        MakeFifo(population);
        var chart = PathOf("chart.svg");
        File.WriteAllText(chart, "old chart");
        using var process = Start("simulate", "--population", population, "--as-of", "2023-06-30", "--chart", chart);
        using (var writer = new StreamWriter(population))
        {
            foreach (var line in Lines(500))
            {
                writer.WriteLine(line);
            }

            writer.Flush();
            WaitUntil(() => Directory.GetFiles(_dir, ".chart.svg.*.partial").Length > 0, process).Should().BeTrue("the simulation started");
            Signal(process, "INT");
        }

        var (code, stdout, err) = Finish(process);

        code.Should().Be(130, err);
        err.Should().NotContain("   at ").And.NotContain("Unhandled");
        err.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().Contain("cancelled");
        stdout.Should().BeEmpty("nothing half-done is printed");
        File.ReadAllText(chart).Should().Be("old chart");
        Directory.GetFiles(_dir, "*.partial").Should().BeEmpty();
    }

    [Fact]
    public async Task InteractiveAsk_SigInt_WhileWaitingForAnAnswer_Exits130_WithOneLine()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var process = Start("ask", "--sample", "--interactive", "--lang", "en");
        (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))).Should().NotBeNull("ask printed its first line");
        await Task.Delay(300);
        Signal(process, "INT");

        var (code, _, err) = Finish(process);

        code.Should().Be(130, err);
        err.Should().NotContain("   at ");
        err.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().Contain("cancelled");
    }
}
