using System.Globalization;

namespace PolicyKit.Cli.Output;

/// <summary>
/// A one-line progress bar redrawn in place with a carriage return; only for a terminal, where
/// <c>\r</c> means something. Redrawn only when the shown percentage changes, so a million profiles
/// cost a hundred writes, not a million.
/// </summary>
internal sealed class ProgressBar(TextWriter writer, long total) : IProgress<long>, IDisposable
{
    private const int Width = 30;
    private int _shown = -1;

    public void Report(long value)
    {
        var percent = total <= 0 ? 100 : (int)Math.Min(100, value * 100 / total);
        if (percent == _shown)
        {
            return;
        }

        _shown = percent;
        var filled = percent * Width / 100;
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {percent,3}% {value:N0}/{total:N0}"));
        writer.Flush();
    }

    /// <summary>Ends the bar's line so what follows starts on a fresh one.</summary>
    public void Dispose()
    {
        if (_shown >= 0)
        {
            writer.WriteLine();
        }
    }
}
