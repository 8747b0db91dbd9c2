using NodaTime;

namespace PolicyKit.Cli;

/// <summary>The <c>policykit</c> entry point.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return CliApp.Run(args, Console.Out, Console.Error, SystemClock.Instance, Console.In);
    }
}
