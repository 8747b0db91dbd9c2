using NodaTime;

namespace PolicyKit.Cli;

/// <summary>The <c>policykit</c> entry point.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        using var cancellation = new CancellationTokenSource();
        var watched = args.Length > 0 && CliApp.HandlesCancellation(args[0]);

        // Ctrl+C (SIGINT, specification §5.10): a command that writes a file or a long result stops at a clean
        // point and exits 130 itself; any other ends at once, as the shell's SIGINT would (exit 130), with one
        // line on stderr. A second Ctrl+C always ends at once.
        Console.CancelKeyPress += (_, e) =>
        {
            if (watched && !cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                cancellation.Cancel();
                return;
            }

            Console.Error.WriteLine("policykit: cancelled.");
            Console.Error.Flush();
            e.Cancel = false;
        };
        var context = new CliContext(Console.Out, Console.Error, SystemClock.Instance, Console.In)
        {
            OutputIsTerminal = !Console.IsOutputRedirected,
            InputIsTerminal = !Console.IsInputRedirected && !Console.IsOutputRedirected,
            Cancellation = cancellation.Token,
        };
        return CliApp.Run(args, context);
    }
}
