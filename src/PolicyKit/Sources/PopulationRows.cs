using System.Globalization;
using System.Text;
using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Populations;

namespace PolicyKit.Sources;

/// <summary>
/// Typed cells of a table's rows straight into a <see cref="PopulationBuilder"/>, no
/// <see cref="Profiles.EnterpriseProfile"/> per firm: the seam of the typed database readers (a
/// <c>DbDataReader</c>'s typed getters, PostgreSQL binary <c>COPY</c> in PolicyKit.Npgsql).
/// </summary>
/// <remarks>
/// Columns are named by fact id or <c>id</c>, as for <see cref="ProfileDb"/>, with its column and
/// row errors: a value that does not fit names the source, the row (1-based) and the column.
/// A reader calls <see cref="BeginRow"/>, sets the row's known cells, then <see cref="EndRow"/>.
/// Not thread-safe.
/// </remarks>
internal sealed class PopulationRows
{
    /// <summary>The slot of the firm-id column.</summary>
    public const int IdColumn = -1;

    private readonly PopulationBuilder _builder;
    private readonly FactCells _cells;
    private readonly int[] _slots;
    private readonly string[] _names;
    private readonly string? _sourceName;
    private readonly FactValue[] _values;
    private byte[] _utf8 = new byte[256];

    /// <summary>Maps the columns to slots; a duplicate or unknown column is an error naming it.</summary>
    public PopulationRows(FactSchema schema, IReadOnlyList<string> columnNames, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(columnNames);
        _builder = new PopulationBuilder(schema);
        _cells = new FactCells(schema);
        _sourceName = sourceName;
        _names = [.. columnNames];
        _slots = new int[_names.Length];
        _values = new FactValue[schema.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < _names.Length; c++)
        {
            var name = _names[c];
            if (!seen.Add(name))
            {
                throw ColumnError(c, $"the column '{name}' appears twice.");
            }

            if (name == ProfileCsv.IdColumn)
            {
                _slots[c] = IdColumn;
            }
            else if (schema.TryGet(name, out _, out var slot))
            {
                _slots[c] = slot;
            }
            else
            {
                var near = Validation.NearestName.Find(name, schema.Facts.Select(f => f.Id));
                throw ColumnError(c, $"unknown fact '{name}'" + (near is null
                    ? "; name each column by a fact id (standard or declared by the catalog), or id."
                    : $"; did you mean '{near}'?"));
            }
        }
    }

    /// <summary>The schema.</summary>
    public FactSchema Schema => _builder.Schema;

    /// <summary>The current row, 1-based (0 before the first).</summary>
    public long Row { get; private set; }

    /// <summary>The number of columns.</summary>
    public int ColumnCount => _slots.Length;

    /// <summary>The fact of <paramref name="column"/>, or null for the id column.</summary>
    public FactDefinition? FactOf(int column) => _slots[column] == IdColumn ? null : Schema[_slots[column]];

    /// <summary>The name of <paramref name="column"/>.</summary>
    public string NameOf(int column) => _names[column];

    /// <summary>Starts the next row, every fact unknown.</summary>
    public void BeginRow()
    {
        Row++;
        Array.Clear(_values);
    }

    /// <summary>Adds the row to the population.</summary>
    public void EndRow() => _builder.AddValues(_values);

    /// <summary>The population of every row.</summary>
    public Population Build() => _builder.Build();

    /// <summary>A value already checked against its fact (the strict reader's).</summary>
    public void Set(int column, FactValue value) => _values[_slots[column]] = value;

    /// <summary>A boolean cell.</summary>
    public void SetBool(int column, bool value) => _values[_slots[column]] = FactValue.Bool(value);

    /// <summary>A date cell.</summary>
    public void SetDate(int column, LocalDate value) => _values[_slots[column]] = FactValue.Date(value);

    /// <summary>A timestamp cell, for a date fact: it must be at midnight.</summary>
    public void SetTimestamp(int column, DateTime value, string databaseType)
    {
        if (value.TimeOfDay != TimeSpan.Zero)
        {
            throw Error(column, $"a value of database type {databaseType} ({value.ToString("O", CultureInfo.InvariantCulture)}) for a fact of type Date; expected a date (a timestamp must be at midnight).");
        }

        SetDate(column, LocalDate.FromDateTime(value));
    }

    /// <summary>An integer cell, for an integer, decimal, money or (as its code) division fact.</summary>
    public void SetInteger(int column, long value)
    {
        var fact = Schema[_slots[column]];
        switch (fact.Type)
        {
            case FactType.Integer:
                _values[_slots[column]] = FactValue.Integer(value);
                break;
            case FactType.Jurisdiction:
                SetText(column, value.ToString(CultureInfo.InvariantCulture));
                return;
            default:
                SetNumber(column, value, "an integer type");
                return;
        }

        if (Numbers.Refusal(fact, value) is { } negative)
        {
            throw Error(column, negative);
        }
    }

    /// <summary>A numeric cell, for an integer (with no fraction), decimal or money fact.</summary>
    public void SetNumber(int column, decimal value, string databaseType)
    {
        var fact = Schema[_slots[column]];
        var fits = fact.Type switch
        {
            FactType.Decimal => FactValue.Decimal(value),
            FactType.Money => FactValue.Money(value),
            FactType.Integer when value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue => FactValue.Integer((long)value),
            _ => throw Error(column, $"a value of database type {databaseType} ({value.ToString(CultureInfo.InvariantCulture)}) for a fact of type {fact.Type}; expected an integer (or a numeric with no fraction)."),
        };
        if (Numbers.Refusal(fact, value) is { } negative)
        {
            throw Error(column, negative);
        }

        _values[_slots[column]] = fits;
    }

    /// <summary>A text cell in the CSV cell form, through the strict cell parser (empty text as a quoted empty cell).</summary>
    public void SetText(int column, string text)
    {
        var slot = _slots[column];
        if (text.Length == 0)
        {
            _values[slot] = _cells.Empty(slot);
            return;
        }

        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < max)
        {
            _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, _utf8);
        var value = _cells.Parse(slot, _utf8.AsSpan(0, length), out var reason);
        _values[slot] = reason is null ? value : throw Error(column, reason);
    }

    /// <summary>A text-array cell, for a code set or certification list (each item as between <c>|</c> in text).</summary>
    public void SetItems(int column, string?[] items)
    {
        if (Array.Exists(items, i => string.IsNullOrEmpty(i) || i.Contains('|', StringComparison.Ordinal)))
        {
            throw Error(column, "an array item is empty, NULL or holds '|'.");
        }

        SetText(column, items.Length == 1 ? items[0]! : string.Join('|', items));
    }

    /// <summary>An error at the current row and <paramref name="column"/>, as <see cref="ProfileDb"/> words it.</summary>
    public ProfileFormatException Error(int column, string reason) =>
        new(_sourceName, _names[column], null, null, string.Create(CultureInfo.InvariantCulture, $"row {Row}, column {column + 1}: {reason}"));

    /// <summary>An error about <paramref name="column"/> as a whole, before any row.</summary>
    public ProfileFormatException ColumnError(int column, string reason) =>
        new(_sourceName, _names[column], null, null, string.Create(CultureInfo.InvariantCulture, $"column {column + 1}: {reason}"));
}
