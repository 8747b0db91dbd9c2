using System.Globalization;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Profiles;

namespace PolicyKit.Sources;

/// <summary>Reads CSV populations (specification §5) into profiles, strictly, one record at a time.</summary>
internal sealed class ProfileCsvReader
{
    private const int IdColumn = -1;
    private readonly FactSchema _schema;
    private readonly CsvRecords _csv;
    private readonly FactCells _cells;
    private readonly int[] _columns;

    private ProfileCsvReader(FactSchema schema, CsvRecords csv, int[] columns)
    {
        _schema = schema;
        _csv = csv;
        _cells = new FactCells(schema);
        _columns = columns;
    }

    /// <summary>Every profile of the input <paramref name="open"/> makes, in order; blank lines are skipped.</summary>
    public static IEnumerable<EnterpriseProfile> Read(Func<Utf8Input> open, FactSchema schema, CatalogReadOptions options, string? sourceName, CancellationToken cancellationToken)
    {
        using var csv = new CsvRecords(open(), sourceName, options.MaxStringLength)
        {
            MaxRecord = (int)Math.Min(options.MaxBytes, Array.MaxLength),
        };
        if (!csv.Next())
        {
            throw new ProfileFormatException(sourceName, "", 1, 1, "the file is empty; expected a header of fact ids (and optionally id).");
        }

        var reader = new ProfileCsvReader(schema, csv, Header(csv, schema));

        // A record holds at most one cell per column, each within the cell limit, plus quotes and commas.
        csv.MaxRecord = (int)Math.Min(Math.Min(options.MaxBytes, Array.MaxLength), ((long)options.MaxStringLength + 3) * reader._columns.Length + 2);
        long rows = 0;
        while (csv.Next())
        {
            if ((++rows & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!csv.IsBlank || reader._columns.Length == 1)
            {
                yield return reader.Row();
            }
        }
    }

    private static int[] Header(CsvRecords csv, FactSchema schema)
    {
        var columns = new int[csv.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < csv.Count; c++)
        {
            var name = System.Text.Encoding.UTF8.GetString(csv.Cell(c));
            if (!seen.Add(name))
            {
                throw csv.Fail(c, name, $"column {Column(c)} repeats '{name}'; each fact has one column.");
            }

            if (name == ProfileCsv.IdColumn)
            {
                columns[c] = IdColumn;
            }
            else if (schema.TryGet(name, out _, out var slot))
            {
                columns[c] = slot;
            }
            else
            {
                var near = Validation.NearestName.Find(name, schema.Facts.Select(f => f.Id));
                throw csv.Fail(c, name, $"column {Column(c)}: unknown fact '{name}'" + (near is null
                    ? "; a header names fact ids (standard or declared by the catalog) and optionally id."
                    : $"; did you mean '{near}'?"));
            }
        }

        return columns;
    }

    private EnterpriseProfile Row()
    {
        if (_csv.Count != _columns.Length)
        {
            throw _csv.Fail(Math.Min(_csv.Count, _columns.Length) - 1, "", string.Create(CultureInfo.InvariantCulture,
                $"the row has {_csv.Count} cells but the header has {_columns.Length} columns."));
        }

        string? id = null;
        var values = new FactValue[_schema.Count];
        for (var c = 0; c < _columns.Length; c++)
        {
            var cell = _csv.Cell(c);
            var slot = _columns[c];
            if (slot == IdColumn)
            {
                id = cell.IsEmpty && !_csv.IsQuoted(c) ? null : Text(c, cell);
            }
            else if (!cell.IsEmpty)
            {
                values[slot] = _cells.Parse(slot, cell, out var reason);
                if (reason is not null)
                {
                    throw _csv.Fail(c, _schema[slot].Id, $"column {Column(c)}: {reason}");
                }
            }
            else if (_csv.IsQuoted(c))
            {
                // "" is empty text or an empty set; an empty cell is unknown.
                values[slot] = _cells.Empty(slot);
            }
        }

        return new EnterpriseProfile(id, _schema, values);
    }

    private string Text(int column, ReadOnlySpan<byte> cell)
    {
        try
        {
            return FactCells.StrictUtf8.GetString(cell);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw _csv.Fail(column, ProfileCsv.IdColumn, $"column {Column(column)}: the id is not valid UTF-8.");
        }
    }

    private static string Column(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
