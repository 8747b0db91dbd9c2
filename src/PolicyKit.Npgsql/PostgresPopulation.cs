using System.Data;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;
using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Populations;
using PolicyKit.Sources;

namespace PolicyKit.Npgsql;

/// <summary>
/// Reads a <see cref="Population"/> from a PostgreSQL table or query through binary <c>COPY</c>
/// (specification §10), each cell read typed straight into the population's columns: no profile and
/// no boxed value per firm.
/// </summary>
/// <remarks>
/// <para>
/// Columns are named by fact id; an optional <c>id</c> column (text, an integer or uuid) names the
/// firm and is not kept in the population; other columns are an error, so a misspelt fact never
/// reads as unknown. <c>NULL</c> is unknown. Database types map to fact types as for
/// <see cref="ProfileDb"/>: <c>boolean</c> to bool; <c>smallint</c>, <c>integer</c> and
/// <c>bigint</c> to integer, decimal, money or a division code; <c>numeric</c> to decimal, money or
/// (with no fraction) integer; <c>date</c> (or a <c>timestamp</c> at midnight) to date;
/// <c>text[]</c> to code sets and certifications; text (<c>text</c>, <c>varchar</c>, <c>char</c>)
/// to any fact in the CSV cell form of <see cref="ProfileCsv"/>. Floating-point and other types are
/// refused before any row is read: money stays exact.
/// </para>
/// <para>
/// Strict: a column that cannot hold its fact throws <see cref="ProfileFormatException"/> naming
/// the source and the column; a value that does not fit names the row (1-based, in the order
/// the server sends them) and the column, and nothing is returned.
/// </para>
/// </remarks>
public static partial class PostgresPopulation
{
    /// <summary>Reads a population from a table or a query through binary <c>COPY</c>.</summary>
    /// <param name="connection">An open connection with no command in progress; left open.</param>
    /// <param name="tableOrQuery">
    /// A table name (<c>firms</c>, <c>platform.firms</c>, letters, digits and <c>_</c>), or a query
    /// beginning with <c>SELECT</c>, <c>WITH</c>, <c>VALUES</c> or <c>TABLE</c> (its text is sent as
    /// written: never build it from untrusted input). Order the query to fix the firms' order.
    /// </param>
    /// <param name="schema">The schema of the population (usually the catalog's).</param>
    /// <param name="sourceName">Named in errors; <see langword="null"/> for <paramref name="tableOrQuery"/>.</param>
    /// <param name="cancellationToken">Stops reading (the <c>COPY</c> is cancelled); nothing is returned then.</param>
    /// <returns>The population, firms in the order the server sent them.</returns>
    /// <exception cref="ArgumentException"><paramref name="tableOrQuery"/> is neither a table name nor a query.</exception>
    /// <exception cref="ProfileFormatException">A column is not a fact or cannot hold it, or a value does not fit.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<Population> ReadAsync(NpgsqlConnection connection, string tableOrQuery, FactSchema schema, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableOrQuery);
        ArgumentNullException.ThrowIfNull(schema);
        var source = Source(tableOrQuery);
        sourceName ??= tableOrQuery.Trim();
        var (names, types) = await ColumnsAsync(connection, source, cancellationToken).ConfigureAwait(false);
        var rows = new PopulationRows(schema, names, sourceName);
        var kinds = new Kind[names.Length];
        for (var c = 0; c < kinds.Length; c++)
        {
            kinds[c] = KindOf(rows, c, types[c]);
        }

        var exporter = await connection.BeginBinaryExportAsync($"COPY {source} TO STDOUT (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        await using (exporter.ConfigureAwait(false))
        {
            using var cancel = cancellationToken.Register(static e => ((NpgsqlBinaryExporter)e!).Cancel(), exporter);
            try
            {
                while (await exporter.StartRowAsync(cancellationToken).ConfigureAwait(false) >= 0)
                {
                    rows.BeginRow();
                    for (var c = 0; c < kinds.Length; c++)
                    {
                        if (exporter.IsNull)
                        {
                            exporter.Skip();
                            continue;
                        }

                        Read(exporter, rows, c, kinds[c], types[c].DisplayName);
                    }

                    rows.EndRow();
                }
            }
            catch (Exception e) when (cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
            {
                throw new OperationCanceledException("reading the population was cancelled.", e, cancellationToken);
            }
        }

        return rows.Build();
    }

    private enum Kind
    {
        Skip,
        Bool,
        Int16,
        Int32,
        Int64,
        Numeric,
        Date,
        Timestamp,
        Text,
        TextArray,
    }

    private static void Read(NpgsqlBinaryExporter exporter, PopulationRows rows, int c, Kind kind, string databaseType)
    {
        switch (kind)
        {
            case Kind.Bool:
                rows.SetBool(c, exporter.Read<bool>(NpgsqlDbType.Boolean));
                break;
            case Kind.Int16:
                rows.SetInteger(c, exporter.Read<short>(NpgsqlDbType.Smallint));
                break;
            case Kind.Int32:
                rows.SetInteger(c, exporter.Read<int>(NpgsqlDbType.Integer));
                break;
            case Kind.Int64:
                rows.SetInteger(c, exporter.Read<long>(NpgsqlDbType.Bigint));
                break;
            case Kind.Numeric:
                rows.SetNumber(c, exporter.Read<decimal>(NpgsqlDbType.Numeric), databaseType);
                break;
            case Kind.Date:
                rows.SetDate(c, LocalDate.FromDateOnly(exporter.Read<DateOnly>(NpgsqlDbType.Date)));
                break;
            case Kind.Timestamp:
                rows.SetTimestamp(c, exporter.Read<DateTime>(NpgsqlDbType.Timestamp), databaseType);
                break;
            case Kind.Text:
                rows.SetText(c, exporter.Read<string>());
                break;
            case Kind.TextArray:
                rows.SetItems(c, exporter.Read<string?[]>());
                break;
            default:
                exporter.Skip();
                break;
        }
    }

    /// <summary>How a column is read for its fact; a type that cannot hold the fact is refused here, before any row.</summary>
    private static Kind KindOf(PopulationRows rows, int column, PgType type)
    {
        var fact = rows.FactOf(column);
        var name = type.InternalName;
        if (fact is null)
        {
            return name is "text" or "varchar" or "bpchar" or "int2" or "int4" or "int8" or "uuid"
                ? Kind.Skip
                : throw rows.ColumnError(column, $"an id of database type {type.DisplayName}; expected text or an integer.");
        }

        if (name is "text" or "varchar" or "bpchar")
        {
            return Kind.Text;
        }

        var kind = (fact.Type, name) switch
        {
            (FactType.Bool, "bool") => Kind.Bool,
            (FactType.Integer or FactType.Decimal or FactType.Money or FactType.Jurisdiction, "int2") => Kind.Int16,
            (FactType.Integer or FactType.Decimal or FactType.Money or FactType.Jurisdiction, "int4") => Kind.Int32,
            (FactType.Integer or FactType.Decimal or FactType.Money or FactType.Jurisdiction, "int8") => Kind.Int64,
            (FactType.Integer or FactType.Decimal or FactType.Money, "numeric") => Kind.Numeric,
            (FactType.Date, "date") => Kind.Date,
            (FactType.Date, "timestamp") => Kind.Timestamp,
            (FactType.CodeSet or FactType.Certifications, "_text" or "_varchar") => Kind.TextArray,
            _ => Kind.Skip,
        };
        if (kind != Kind.Skip)
        {
            return kind;
        }

        var wanted = fact.Type switch
        {
            FactType.Bool => "boolean",
            FactType.Integer => "an integer type (or numeric with no fraction)",
            FactType.Decimal or FactType.Money => name is "float4" or "float8"
                ? "numeric: a floating-point column cannot hold an exact amount; cast it to numeric"
                : "numeric or an integer type",
            FactType.Date => name == "timestamptz" ? "date (cast it to date in the zone the dates are meant in)" : "date",
            FactType.CodeSet => "text[] or text a|b",
            FactType.Certifications => "text[] or text of kind:recognizedOn:expiresOn joined by |",
            FactType.Jurisdiction => "text or an integer type",
            _ => "text",
        };
        throw rows.ColumnError(column, $"database type {type.DisplayName} cannot hold a fact of type {fact.Type}; expected {wanted}.");
    }

    private readonly record struct PgType(string InternalName, string DisplayName);

    /// <summary>The columns' names and types, from the server, before the copy.</summary>
    private static async Task<(string[] Names, PgType[] Types)> ColumnsAsync(NpgsqlConnection connection, string source, CancellationToken cancellationToken)
    {
        var select = source.StartsWith('(') ? $"SELECT * FROM {source} AS policykit_source" : $"SELECT * FROM {source}";
        var command = new NpgsqlCommand(select, connection);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(CommandBehavior.SchemaOnly, cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var names = new string[reader.FieldCount];
                var types = new PgType[reader.FieldCount];
                for (var c = 0; c < names.Length; c++)
                {
                    names[c] = reader.GetName(c);
                    var type = reader.GetPostgresType(c);
                    types[c] = new PgType(type.InternalName, type.DisplayName);
                }

                return (names, types);
            }
        }
    }

    /// <summary>What <c>COPY</c> reads: a checked table name as written, or a query in parentheses.</summary>
    internal static string Source(string tableOrQuery)
    {
        var text = tableOrQuery.Trim().TrimEnd(';').Trim();
        var first = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
        if (first.ToUpperInvariant() is "SELECT" or "WITH" or "VALUES" or "TABLE")
        {
            return "(" + text + ")";
        }

        return TableName().IsMatch(text)
            ? text
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{tableOrQuery}' is neither a table name (letters, digits and _, optionally schema.table) nor a query beginning with SELECT, WITH, VALUES or TABLE."), nameof(tableOrQuery));
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TableName();
}
