using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Sources;

namespace PolicyKit.Cli.Tests;

/// <summary>
/// Issue 18 (3): no command prints a stack trace for any argument. Every command runs with no argument,
/// each of its options empty, missing its value and odd (a folder, a device, a missing file, a control
/// sequence, a bad date); the outcome is always exit 0, 1 or 2, and a failure is one escaped line.
/// </summary>
public sealed class OddArgumentTests : IDisposable
{
    private static readonly Dictionary<string, string[]> OptionsOf = new()
    {
        ["catalogs"] = [],
        ["validate"] = [],
        ["match"] = ["profile", "catalog", "as-of", "format", "lang"],
        ["explain"] = ["policy", "profile", "catalog", "as-of", "format", "lang"],
        ["ask"] = ["profile", "catalog", "as-of", "format", "lang"],
        ["diff"] = ["profile", "as-of", "old-as-of", "format", "lang"],
        ["batch"] = ["profiles", "out", "catalog", "as-of", "format"],
        ["test"] = ["catalog", "min-coverage", "format", "lang"],
        ["simulate"] = ["population", "catalog", "baseline", "as-of", "format", "lang", "chart"],
    };

    private readonly string _dir = Directory.CreateTempSubdirectory("policykit-odd-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Odd values of an input option; read, never written.</summary>
    private string[] OddValues() => ["", " ", ".", "/", "/dev/null", _dir, Path.Combine(_dir, "missing.json"), "\u001b[31mred", "2023-02-30", "-1", "--sample", new string('x', 5000)];

    /// <summary>Odd values of an output option (<c>--out</c>, <c>--chart</c>): any file they name lies in the test's folder.</summary>
    private string[] OddOutputs() =>
        ["", " ", ".", "/", "/dev/null", _dir, _dir + "/", Path.Combine(_dir, "no-folder", "x"), Path.Combine(_dir, "\u001b[31mred"), Path.Combine(_dir, new string('x', 5000)), "/proc/version"];

    /// <summary>Usable values of each option, so the odd one is the only thing wrong.</summary>
    private Dictionary<string, string> Valid()
    {
        var profile = Path.Combine(_dir, "p.json");
        File.WriteAllText(profile, ProfileJson.Write(QingdaoCatalogs.SampleProfile));
        return new()
        {
            ["profile"] = profile,
            ["profiles"] = profile,
            ["population"] = profile,
            ["policy"] = "laoshan-unicorn-award",
            ["catalog"] = "qingdao-reference",
            ["baseline"] = "qingdao-reference",
            ["as-of"] = "2023-06-30",
            ["old-as-of"] = "2023-06-30",
            ["format"] = "json",
            ["lang"] = "en",
            ["min-coverage"] = "0",
            ["out"] = Path.Combine(_dir, "out.jsonl"),
            ["chart"] = Path.Combine(_dir, "chart.svg"),
        };
    }

    public static TheoryData<string> Commands => [.. OptionsOf.Keys];

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryOption_EmptyMissingOrOdd_NeverGivesAStackTrace(string command)
    {
        var valid = Valid();
        var runs = new List<string[]>
        {
            new[] { command },
            new[] { command, "" },
            new[] { command, "--" },
            new[] { command, "--nonsense" },
            new[] { command, "\u001b]0;title\u0007" },
        };
        foreach (var option in OptionsOf[command])
        {
            var others = OptionsOf[command].Where(o => o != option).SelectMany(o => new[] { "--" + o, valid[o] }).ToArray();
            runs.Add([command, "--" + option]);
            var odd = option is "out" or "chart" ? OddOutputs() : OddValues();
            runs.AddRange(odd.Select(v => (string[])[command, .. others, "--" + option, v]));
            runs.AddRange(odd.Select(v => (string[])[command, "--" + option + "=" + v]));
        }

        if (command is "validate" or "test" or "diff")
        {
            runs.AddRange(OddValues().Select(v => (string[])[command, v]));
            runs.AddRange(OddValues().Select(v => (string[])[command, v, v]));
        }

        foreach (var args in runs)
        {
            var shown = string.Join(" ", args.Select(a => a.Length > 40 ? a[..40] + "…" : a));
            var (code, _, err) = CliRun.Run("", args);
            code.Should().BeOneOf([0, 1, 2], $"policykit {shown}\n{err}");
            err.Should().NotContain("   at ", shown).And.NotContain("Unhandled", shown).And.NotContain("Exception", shown);
            if (code == 2)
            {
                err.TrimEnd().Split('\n').Should().ContainSingle(shown).Which.Should().StartWith("policykit: ", shown);
            }

            err.Should().NotContain("\u001b", $"control characters are escaped: {shown}");
        }
    }
}
