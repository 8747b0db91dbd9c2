using System.Globalization;
using System.Text;

namespace PolicyKit.Cli.Output;

/// <summary>
/// A plain-text table whose columns line up in a terminal with Chinese text: CJK characters take
/// two columns (East Asian Wide/Fullwidth), so padding counts display width, not characters.
/// </summary>
internal sealed class Table(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public void WriteTo(TextWriter writer)
    {
        var widths = headers.Select(Width).ToArray();
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }

        Write(writer, headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in _rows)
        {
            Write(writer, row, widths);
        }
    }

    private static void Write(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            line.Append(cells[i]);
            if (i < cells.Length - 1)
            {
                line.Append(' ', widths[i] - Width(cells[i]) + 2);
            }
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    /// <summary>The number of terminal columns <paramref name="text"/> takes.</summary>
    public static int Width(string text)
    {
        var width = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var rune = Rune.GetRuneAt((string)e.Current, 0);
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
        or >= 0x2E80 and <= 0x303E
        or >= 0x3041 and <= 0x33FF
        or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF
        or >= 0xA000 and <= 0xA4CF
        or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F
        or >= 0xFF00 and <= 0xFF60
        or >= 0xFFE0 and <= 0xFFE6
        or >= 0x20000 and <= 0x3FFFD;
}
