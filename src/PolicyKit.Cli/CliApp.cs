using System.CommandLine;
using NodaTime;
using PolicyKit.Formats;
using PolicyKit.Validation;

namespace PolicyKit.Cli;

/// <summary>
/// Runs one <c>policykit</c> command. Exit codes (specification §5): 0 ok, 1 the checked thing failed,
/// 2 bad usage or unreadable input, always with one clear line on stderr and never a stack trace.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    /// <summary>Ctrl+C (SIGINT): 128 + 2, as a shell reports a command it interrupted (specification §5.10).</summary>
    public const int Cancelled = 130;

    /// <summary>The commands that watch Ctrl+C and stop at a clean point; the others end at once (specification §5.10).</summary>
    public static bool HandlesCancellation(string command) => command is "batch" or "simulate" or "serve";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock) =>
        Run(args, stdout, stderr, clock, TextReader.Null);

    /// <summary>Runs a command that may read standard input (<c>ask --interactive</c>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock, TextReader stdin) =>
        Run(args, stdout, stderr, clock, stdin, outputIsTerminal: false, CancellationToken.None);

    /// <summary>Runs a command the way the real console does: standard input, a terminal flag, and Ctrl+C as cancellation.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock, TextReader stdin, bool outputIsTerminal, CancellationToken cancellationToken) =>
        Run(args, new CliContext(stdout, stderr, clock, stdin) { OutputIsTerminal = outputIsTerminal, Cancellation = cancellationToken });

    /// <summary>Parses <paramref name="args"/> with System.CommandLine and runs the command they name.</summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var stderr = context.Error;
        var cancellationToken = context.Cancellation;
        if (args.Length == 0)
        {
            return Fail(stderr, "give a command; run 'policykit --help' for the commands.");
        }

        // `policykit help [command]` is `policykit [command] --help`.
        if (args[0] == "help")
        {
            args = [.. args[1..], "--help"];
        }

        try
        {
            // No response files: an argument starting with @ is a file name like any other.
            var parsed = CliCommands.Root(context).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parsed.Errors.Count > 0 && parsed.Action is null or System.CommandLine.Invocation.ParseErrorAction)
            {
                throw new UsageException(UsageErrors.Describe(parsed));
            }

            // Help names the program as it is run (policykit), not as its assembly (PolicyKit.Cli).
            var help = parsed.Action is System.CommandLine.Help.HelpAction ? new StringWriter() : null;

            // The CLI handles exceptions and Ctrl+C itself (Program, specification §5.10).
            var code = parsed.Invoke(new InvocationConfiguration
            {
                Output = help ?? context.Out,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
            if (help is not null)
            {
                context.Out.Write(help.ToString().Replace(RootCommand.ExecutableName + " ", "policykit ", StringComparison.Ordinal));
            }

            return code;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("policykit: cancelled; nothing was written.");
            return Cancelled;
        }
        catch (UsageException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (InputFormatException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (InvalidCatalogException e)
        {
            var first = e.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            return Fail(stderr, $"catalog '{e.CatalogId}' is not valid ({e.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} error(s), first: {first}); run 'policykit validate' on it.");
        }
        catch (IOException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(stderr, e.Message);
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        // Messages quote file names and input; their control characters are escaped (specification §8.1).
        stderr.WriteLine("policykit: " + Printable.Escape(message.ReplaceLineEndings(" ")));
        return BadInput;
    }
}
