using NodaTime;
using PolicyKit.Cli.Commands;
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

    private const string Usage = """
        usage: policykit <command> [options]

        commands:
          catalogs                        list the embedded catalogs
          validate <catalog.json | id>  [--as-of yyyy-MM-dd]    print diagnostics: CODE severity location: message
          match    --profile <file> | --sample  [--catalog <file|id>] [--as-of yyyy-MM-dd] [--format table|json] [--lang zh|en] [--open-now]
          explain  --policy <id> --profile <file> | --sample  [--catalog <file|id>] [--as-of yyyy-MM-dd] [--format table|json] [--lang zh|en] [--why-not]
          ask      --profile <file> | --sample  [--catalog <file|id>] [--as-of yyyy-MM-dd] [--format table|json] [--lang zh|en] [--interactive]
          diff     <old catalog> <new catalog>  [--profile <file> | --sample] [--as-of yyyy-MM-dd] [--old-as-of yyyy-MM-dd] [--format table|json] [--lang zh|en]
          batch    --profiles <file.jsonl> --out <file>  [--catalog <file|id>] [--as-of yyyy-MM-dd] [--format jsonl|csv] [--reasons]
          test     <cases.json | folder>  [--catalog <file|id>] [--coverage] [--min-coverage N] [--format text|json] [--lang zh|en]
          simulate --population <file.jsonl|file.csv>  [--catalog <file|id>] [--baseline <file|id>] [--as-of yyyy-MM-dd] [--format table|json|csv] [--chart <file.svg>] [--lang zh|en]
          serve    [--catalog <file|id>[,<file|id>...]] [--urls http://127.0.0.1:5000]   the HTTP API under /policykit (docs/service.md), until Ctrl+C
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock) =>
        Run(args, stdout, stderr, clock, TextReader.Null);

    /// <summary>Runs a command that may read standard input (<c>ask --interactive</c>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock, TextReader stdin) =>
        Run(args, stdout, stderr, clock, stdin, outputIsTerminal: false, CancellationToken.None);

    /// <summary>Runs a command the way the real console does: standard input, a terminal flag, and Ctrl+C as cancellation.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock, TextReader stdin, bool outputIsTerminal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? BadInput : Ok;
        }

        var context = new CliContext(stdout, stderr, clock, stdin) { OutputIsTerminal = outputIsTerminal, Cancellation = cancellationToken };
        try
        {
            return args[0] switch
            {
                "catalogs" => CatalogsCommand.Run(context, args[1..]),
                "validate" => ValidateCommand.Run(context, args[1..]),
                "match" => MatchCommand.Run(context, args[1..]),
                "explain" => ExplainCommand.Run(context, args[1..]),
                "batch" => BatchCommand.Run(context, args[1..]),
                "test" => TestCommand.Run(context, args[1..]),
                "ask" => AskCommand.Run(context, args[1..]),
                "diff" => DiffCommand.Run(context, args[1..]),
                "simulate" => SimulateCommand.Run(context, args[1..]),
                "serve" => ServeCommand.Run(context, args[1..]),
                _ => throw new UsageException($"unknown command '{args[0]}'; run 'policykit --help' for the commands."),
            };
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
