using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Profiles;

namespace PolicyKit.Sources;

/// <summary>
/// Reads enterprise profiles from any ADO.NET <see cref="DbDataReader"/> (specification §10): a host
/// reads its enterprise database (一企一档) straight into profiles, with no copy through JSON.
/// </summary>
/// <remarks>
/// <para>
/// Columns are named by fact id; an optional <c>id</c> column gives
/// <see cref="EnterpriseProfile.Id"/>; other columns are an error, so a misspelt fact never
/// reads as unknown. <c>NULL</c> is unknown. Database values map to fact types as follows:
/// bool from a boolean; integer from any integer type (or a numeric with no fraction); decimal
/// and money from numeric or an integer type (never a floating-point type: money stays exact);
/// date from a date (or a timestamp at midnight); text, jurisdiction and code from text;
/// code sets from a text array or text <c>a|b</c>; certifications from a text array of
/// <c>kind:recognizedOn:expiresOn</c> or those joined by <c>|</c>. Any fact may also come as
/// text in the CSV cell form of <see cref="ProfileCsv"/>.
/// </para>
/// <para>
/// Strict: a value that does not fit throws <see cref="ProfileFormatException"/> naming the
/// source, the row (1-based) and the column; a caller that collects the rows gets them all or the
/// exception. The reader is read forward and not closed. Not thread-safe per reader.
/// </para>
/// </remarks>
public static class ProfileDb
{
    /// <summary>Reads every row of <paramref name="reader"/> as a profile, lazily and in order.</summary>
    /// <param name="reader">The open reader, positioned before its first row.</param>
    /// <param name="schema">The fact schema the column names belong to.</param>
    /// <param name="sourceName">The name used in error messages (a table or query), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <exception cref="ProfileFormatException">A column is not a fact, or a row's value does not fit (thrown when it is reached).</exception>
    public static IEnumerable<EnterpriseProfile> ReadRows(DbDataReader reader, FactSchema schema, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(schema);
        return Rows(reader, schema, sourceName, cancellationToken);
    }

    /// <summary>Reads every row of <paramref name="reader"/> as a profile, asynchronously and in order.</summary>
    /// <inheritdoc cref="ReadRows"/>
    public static IAsyncEnumerable<EnterpriseProfile> ReadRowsAsync(DbDataReader reader, FactSchema schema, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(schema);
        return RowsAsync(reader, schema, sourceName, cancellationToken);
    }

    private static IEnumerable<EnterpriseProfile> Rows(DbDataReader reader, FactSchema schema, string? sourceName, CancellationToken cancellationToken)
    {
        var rows = new DbRows(reader, schema, sourceName);
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return rows.Current();
        }
    }

    private static async IAsyncEnumerable<EnterpriseProfile> RowsAsync(DbDataReader reader, FactSchema schema, string? sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = new DbRows(reader, schema, sourceName);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return rows.Current();
        }
    }

    /// <summary>The column map of one reader and the conversion of its current row (also the columnar reader's strict fallback).</summary>
    internal sealed class DbRows
    {
        private const int IdColumn = -1;
        private readonly DbDataReader _reader;
        private readonly FactSchema _schema;
        private readonly string? _sourceName;
        private readonly int[] _slots;
        private readonly FactCells _cells;
        private long _row;

        public DbRows(DbDataReader reader, FactSchema schema, string? sourceName)
        {
            _reader = reader;
            _schema = schema;
            _sourceName = sourceName;
            _cells = new FactCells(schema);
            _slots = new int[reader.FieldCount];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < reader.FieldCount; c++)
            {
                var name = reader.GetName(c);
                if (!seen.Add(name))
                {
                    throw Fail(null, c, $"the column '{name}' appears twice.");
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
                    throw Fail(null, c, $"unknown fact '{name}'" + (near is null
                        ? "; name each column by a fact id (standard or declared by the catalog), or id."
                        : $"; did you mean '{near}'?"));
                }
            }
        }

        public EnterpriseProfile Current()
        {
            _row++;
            string? id = null;
            var values = new FactValue[_schema.Count];
            for (var c = 0; c < _slots.Length; c++)
            {
                if (_reader.IsDBNull(c))
                {
                    continue;
                }

                var raw = _reader.GetValue(c);
                if (_slots[c] == IdColumn)
                {
                    id = raw switch
                    {
                        string s => s,
                        int or long or short or decimal or Guid => Convert.ToString(raw, CultureInfo.InvariantCulture),
                        _ => throw Fail(_row, c, $"an id of database type {Describe(c)}; expected text or an integer."),
                    };
                    continue;
                }

                values[_slots[c]] = Value(c, _schema[_slots[c]], raw);
            }

            return new EnterpriseProfile(id, _schema, values);
        }

        /// <summary>The value of a non-null fact cell of the current row, numbered <paramref name="row"/> in errors.</summary>
        public FactValue CellAt(long row, int column)
        {
            _row = row;
            return Value(column, _schema[_slots[column]], _reader.GetValue(column));
        }

        private FactValue Value(int column, FactDefinition fact, object raw)
        {
            if (raw is string text)
            {
                return FromText(column, text);
            }

            FactValue? value = (fact.Type, raw) switch
            {
                (FactType.Bool, bool b) => FactValue.Bool(b),
                (FactType.Integer, long or int or short or byte or sbyte or ushort or uint) => FactValue.Integer(Convert.ToInt64(raw, CultureInfo.InvariantCulture)),
                (FactType.Integer, decimal d) when d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue => FactValue.Integer((long)d),
                (FactType.Decimal, decimal or long or int or short or byte) => FactValue.Decimal(Convert.ToDecimal(raw, CultureInfo.InvariantCulture)),
                (FactType.Money, decimal or long or int or short or byte) => FactValue.Money(Convert.ToDecimal(raw, CultureInfo.InvariantCulture)),
                (FactType.Date, DateOnly d) => FactValue.Date(LocalDate.FromDateOnly(d)),
                (FactType.Date, DateTime t) when t.TimeOfDay == TimeSpan.Zero => FactValue.Date(LocalDate.FromDateTime(t)),
                (FactType.Date, LocalDate d) => FactValue.Date(d),
                (FactType.Jurisdiction, int or long) => FromText(column, Convert.ToString(raw, CultureInfo.InvariantCulture)!),
                (FactType.CodeSet or FactType.Certifications, string[] items) => FromText(column, string.Join("|", items), items),
                (FactType.CodeSet or FactType.Certifications, IEnumerable<string?> list) => Items(column, [.. list]),
                _ => null,
            };
            if (value is { IsNumber: true } number && Numbers.Refusal(fact, number.AsNumber()) is { } negative)
            {
                throw Fail(_row, column, negative);
            }

            return value ?? throw Fail(_row, column, Mismatch(column, fact, raw));
        }

        /// <summary>A list of texts (e.g. DuckDB's <c>VARCHAR[]</c>) as a text array.</summary>
        private FactValue Items(int column, string?[] items) => items.Length == 0
            ? _cells.Empty(_slots[column])
            : FromText(column, string.Join("|", items), items);

        /// <summary>A text value in the CSV cell form, through the same strict parser.</summary>
        private FactValue FromText(int column, string text, string?[]? items = null)
        {
            var slot = _slots[column];
            if (text.Length == 0)
            {
                // As a quoted empty CSV cell: empty text, an empty set; no value for the other types.
                return _cells.Empty(slot);
            }

            if (items is not null && Array.Exists(items, i => string.IsNullOrEmpty(i) || i.Contains('|', StringComparison.Ordinal)))
            {
                throw Fail(_row, column, "an array item is empty, NULL or holds '|'.");
            }

            var value = _cells.Parse(slot, Encoding.UTF8.GetBytes(text), out var reason);
            return reason is null ? value : throw Fail(_row, column, reason);
        }

        private string Mismatch(int column, FactDefinition fact, object raw)
        {
            var wanted = fact.Type switch
            {
                FactType.Bool => "a boolean",
                FactType.Integer => "an integer (or a numeric with no fraction)",
                FactType.Decimal or FactType.Money => raw is double or float
                    ? "numeric: a floating-point column cannot hold an exact amount; cast it to numeric"
                    : "numeric or an integer",
                FactType.Date => raw is DateTime ? "a date (a timestamp must be at midnight)" : "a date",
                FactType.CodeSet => "a text array or text a|b",
                FactType.Certifications => "a text array or text of kind:recognizedOn:expiresOn joined by |",
                _ => "text",
            };
            var shown = raw is DateTime t ? t.ToString("O", CultureInfo.InvariantCulture) : Convert.ToString(raw, CultureInfo.InvariantCulture);
            return $"a value of database type {Describe(column)} ({shown}) for a fact of type {fact.Type}; expected {wanted}.";
        }

        private string Describe(int column)
        {
            var name = _reader.GetDataTypeName(column);
            return string.IsNullOrEmpty(name) ? _reader.GetFieldType(column).Name : name;
        }

        private ProfileFormatException Fail(long? row, int column, string reason)
        {
            var name = _reader.GetName(column);
            var where = row is { } r
                ? string.Create(CultureInfo.InvariantCulture, $"row {r}, column {column + 1}")
                : string.Create(CultureInfo.InvariantCulture, $"column {column + 1}");
            return new ProfileFormatException(_sourceName, name, null, null, where + ": " + reason);
        }
    }
}
