using Spectre.Console;

namespace PolicyKit.Cli.Output;

/// <summary>
/// A Spectre.Console progress bar on stderr, drawn only when stdout is a terminal (specification §5.8);
/// in a pipe or a file the work runs without one, so the output is the same every time.
/// </summary>
internal static class Progress
{
    public static T Run<T>(CliContext context, long total, Func<IProgress<long>?, T> work)
    {
        if (!context.OutputIsTerminal)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error), Interactive = InteractionSupport.Yes });
        return console.Progress()
            .AutoClear(true)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new CountColumn(), new RemainingTimeColumn())
            .Start(ctx => work(new Reporter(ctx.AddTask("policykit", maxValue: Math.Max(1, total)))));
    }

    /// <summary>How many of how many: 1,234/5,000.</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}"));
    }

    private sealed class Reporter(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }
}
