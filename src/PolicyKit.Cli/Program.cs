using NodaTime;

namespace PolicyKit.Cli;

/// <summary>The <c>policykit</c> entry point.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        using var cancellation = new CancellationTokenSource();

        // Ctrl+C asks long commands to stop at a clean point instead of killing the process mid-write.
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return CliApp.Run(args, Console.Out, Console.Error, SystemClock.Instance, Console.In, !Console.IsOutputRedirected, cancellation.Token);
    }
}
