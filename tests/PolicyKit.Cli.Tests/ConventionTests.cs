using System.Diagnostics;
using System.Reflection;
using System.Text;
using PolicyKit.Cli.Output;

namespace PolicyKit.Cli.Tests;

/// <summary>
/// Issue 20: the conventions of a .NET command line, on System.CommandLine and Spectre.Console:
/// <c>--version</c>, per-command help, suggestions for typos, exit 2 with one line for bad usage, and
/// tables that line up Chinese text (specification §5.1).
/// </summary>
public sealed class ConventionTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(null, args);

    private static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    [Fact]
    public void Version_PrintsTheVersionAlone_AndExitsZero()
    {
        var (code, output, error) = Run("--version");

        code.Should().Be(0);
        error.Should().BeEmpty();
        // In process the version is the entry assembly's (the test host's); AsAProcess_ExitCodes checks policykit's own.
        output.TrimEnd().Split('\n').Should().ContainSingle();
        Version.Should().MatchRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", "the version, not the commit it was built from");
    }

    [Theory]
    [InlineData("match", new[] { "--profile", "--sample", "--catalog", "--as-of", "--format", "--lang", "--open-now" })]
    [InlineData("batch", new[] { "--profiles", "--out", "--catalog", "--as-of", "--format", "--reasons" })]
    [InlineData("simulate", new[] { "--population", "--baseline", "--chart" })]
    public void CommandHelp_ShowsTheCommandsOptions_AndExitsZero(string command, string[] options)
    {
        var (code, output, error) = Run(command, "--help");

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain($"policykit {command} [options]").And.NotContain("PolicyKit.Cli");
        foreach (var option in options)
        {
            output.Should().Contain(option);
        }

        Run("help", command).Out.Should().Be(output, "'policykit help <command>' is '<command> --help'");
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var (code, output, _) = Run("--help");

        code.Should().Be(0);
        output.Should().Contain("policykit [command] [options]").And.Contain("--version");
        foreach (var command in new[] { "catalogs", "validate", "match", "explain", "ask", "diff", "batch", "test", "simulate", "serve" })
        {
            output.Should().Contain("  " + command + " ");
        }
    }

    [Theory]
    [InlineData(new[] { "match", "--sampel" }, "unknown option --sampel (did you mean --sample?)")]
    [InlineData(new[] { "match", "--sample", "--fromat", "json" }, "(did you mean --format?)")]
    [InlineData(new[] { "batch", "--profile", "x.jsonl" }, "(did you mean --profiles?)")]
    [InlineData(new[] { "matc", "--sample" }, "unknown command 'matc' (did you mean 'match'?)")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'; run 'policykit --help'")]
    [InlineData(new[] { "match", "--sample", "--colour", "red" }, "'match' takes --as-of, --catalog, --format, --lang, --open-now, --profile, --sample.")]
    [InlineData(new[] { "match", "--sample", "--format" }, "option --format needs a value.")]
    [InlineData(new[] { "match", "--sample", "extra" }, "'match' takes no arguments besides its options, but got 'extra'.")]
    [InlineData(new[] { "diff", "qingdao-reference" }, "'diff' takes 2 argument(s), but got 1.")]
    [InlineData(new string[0], "give a command; run 'policykit --help'")]
    public void BadUsage_ExitsTwo_WithOneLine_AndASuggestionForATypo(string[] args, string expected)
    {
        var (code, output, error) = Run(args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().StartWith("policykit: ").And.Contain(expected);
    }

    [Fact]
    public void FarFromEveryName_NoSuggestion()
    {
        Run("match", "--sample", "--zzzzzz").Err.Should().NotContain("did you mean");
        Run("xyzzy").Err.Should().NotContain("did you mean");
    }

    [Fact]
    public void AnArgumentStartingWithAt_IsAFileName_NotAResponseFile()
    {
        var (code, _, error) = Run("validate", "@no-such-file");

        code.Should().Be(2);
        error.Should().Contain("'@no-such-file' is neither a catalog file nor an embedded catalog id");
    }

    [Fact]
    public void OutputToAPipe_HasNoColourAndNoControlSequences()
    {
        var (_, output, error) = Run("match", "--sample");

        output.Should().NotContain("\u001b").And.NotContain("\r");
        error.Should().BeEmpty();
        output.Split('\n').Should().OnlyContain(l => l == l.TrimEnd(), "no trailing spaces");
    }

    /// <summary>
    /// A Chinese title with “ ” (East Asian Ambiguous: one column, as terminals draw them by default) and
    /// full-width punctuation （），、：(two columns each): every column starts at the same display column
    /// in every row.
    /// </summary>
    [Fact]
    public void Table_AlignsChineseTitles_WithQuotesAndFullWidthPunctuation_ByDisplayWidth()
    {
        string[][] rows =
        [
            ["支持“专精特新”企业（省级）：奖励", "符合", "300万元"],
            ["企业研发费用补助，按“实际投入”的10%计", "待定", "-"],
            ["plain ASCII title [id]", "不符合", "50万元"],
            ["青岛市、崂山区：“独角兽”企业奖励（一次性）", "符合", "1,000,000 yuan"],
        ];
        var table = new TextTable("政策", "结论", "金额");
        foreach (var row in rows)
        {
            table.Add(row);
        }

        using var writer = new StringWriter();
        table.WriteTo(writer);
        var lines = writer.ToString().TrimEnd().Split(Environment.NewLine);

        lines.Should().HaveCount(rows.Length + 2);
        lines[0].Should().StartWith("政策");
        lines[1].Should().MatchRegex("^-+ +-+ +-+$");
        var starts = new List<int[]>();
        foreach (var (line, cells) in lines.Skip(2).Zip(rows))
        {
            var at = 0;
            var row = new int[cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                var index = line.IndexOf(cells[i], at, StringComparison.Ordinal);
                index.Should().BeGreaterThanOrEqualTo(0, $"'{cells[i]}' is in '{line}'");
                row[i] = Width(line[..index]);
                at = index + cells[i].Length;
            }

            starts.Add(row);
        }

        starts.Should().AllSatisfy(s => s.Should().Equal(starts[0]), "each column starts at the same display column");
        starts[0][1].Should().Be(rows.Max(r => Width(r[0])) + 2, "columns are two columns apart, after the widest cell");

        // The rule under the header is as wide as each column.
        var rule = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        rule[0].Length.Should().BeGreaterThanOrEqualTo(rows.Max(r => Width(r[0])));
    }

    /// <summary>Display width by Unicode East Asian Width: Wide and Fullwidth take two columns, the rest (Ambiguous “ ” included) one.</summary>
    private static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            var wide = c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
                or >= 0x4E00 and <= 0x9FFF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F
                or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
            width += wide ? 2 : 1;
        }

        return width;
    }

    /// <summary>Through the real entry point (Program): --version, and bad usage as a process sees it.</summary>
    [Theory]
    [InlineData(new[] { "--version" }, 0)]
    [InlineData(new[] { "match", "--sampel" }, 2)]
    [InlineData(new[] { "frobnicate" }, 2)]
    [InlineData(new[] { "match", "--help" }, 0)]
    public async Task AsAProcess_ExitCodes(string[] args, int expected)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var cli = Path.Combine(AppContext.BaseDirectory, "PolicyKit.Cli.dll");
        var info = new ProcessStartInfo(host, [cli, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(info)!;
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);

            process.ExitCode.Should().Be(expected, await stderr);
            if (expected == 2)
            {
                (await stderr).TrimEnd().Split('\n').Should().ContainSingle().Which.Should().StartWith("policykit: ");
                (await stdout).Should().BeEmpty();
            }
            else if (args[0] == "--version")
            {
                (await stdout).Should().Be(Version + "\n");
            }
            else
            {
                (await stdout).Should().Contain("--sample").And.NotContain("\u001b");
            }
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
    public void Nearest_SuggestsOnlyCloseNames()
    {
        UsageErrors.Nearest("--sampel", ["--sample", "--profile"]).Should().Be("--sample");
        UsageErrors.Nearest("--prof", ["--sample", "--profile"]).Should().Be("--profile");
        UsageErrors.Nearest("--colour", ["--sample", "--profile", "--catalog"]).Should().BeNull();
        UsageErrors.Nearest("simulat", ["simulate", "serve"]).Should().Be("simulate");
    }
}
