using Spectre.Console;
using Spectre.Console.Rendering;

namespace PolicyKit.Cli.Output;

/// <summary>
/// A plain-text table laid out by Spectre.Console, which measures East Asian width: CJK characters and
/// full-width punctuation (（），：、) take two columns, so Chinese titles line up (specification §5.1.7).
/// Columns are two spaces apart under a dashed header rule; no colour, no box, no wrapping, and no
/// trailing spaces, so the output is the same on a terminal, in a pipe and in a file.
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    /// <summary>Wide enough that no cell is ever wrapped: a long title makes a long line, as in a pipe.</summary>
    private const int Unwrapped = 1 << 14;

    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public void WriteTo(TextWriter writer)
    {
        var table = new Table { Border = new PlainBorder(), ShowHeaders = true };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Spectre.Console.Text(header)) { Padding = new Padding(0, 0, 1, 0), NoWrap = true });
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Spectre.Console.Text(cell)));
        }

        foreach (var line in Render(table))
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>The lines of <paramref name="renderable"/> without styles, edges or trailing spaces.</summary>
    private static IEnumerable<string> Render(IRenderable renderable)
    {
        using var buffer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(buffer),
        });
        console.Profile.Width = Unwrapped;
        console.Write(renderable);

        // The border's left edge is one space: every line starts with it.
        return buffer.ToString().Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l[1..].TrimEnd());
    }

    /// <summary>Spaces everywhere but the rule under the header.</summary>
    private sealed class PlainBorder : TableBorder
    {
        public override string GetPart(TableBorderPart part) => part == TableBorderPart.HeaderBottom ? "-" : " ";
    }
}
