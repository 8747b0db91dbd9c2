using NodaTime;
using NodaTime.Testing;

namespace PolicyKit.Cli.Tests;

/// <summary>Runs <see cref="CliApp.Run(string[], TextWriter, TextWriter, IClock, TextReader)"/> with a fake clock and an optional standard input.</summary>
internal static class CliRun
{
    public static (int Code, string Out, string Err) Run(string? stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = new StringReader(stdin ?? "");
        var code = CliApp.Run(args, stdout, stderr, FakeClock.FromUtc(2026, 11, 22), input);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
