using System.Globalization;
using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using PolicyKit.Evaluation;

namespace PolicyKit.Npgsql;

/// <summary>
/// Writes decisions back to a PostgreSQL table through binary <c>COPY</c> (specification §10), so a
/// platform, its service officers and its hotline read each firm's answers from the enterprise database.
/// </summary>
/// <remarks>
/// A write is idempotent per run (<see cref="DecisionRun"/>: catalog id, version and as-of date):
/// in one transaction it deletes that run's rows, then copies the new ones, then commits. A
/// re-run replaces its own rows and nothing else; a run that fails or is cancelled midway rolls
/// back, leaving the previous rows as they were.
/// </remarks>
public static class PostgresDecisions
{
    /// <summary>The table written when none is named.</summary>
    public const string DefaultTable = "policykit_decisions";

    private static readonly string[] Columns =
        ["catalog_id", "catalog_version", "catalog_hash", "as_of", "firm_id", "policy_id", "verdict", "amount_yuan", "up_to_yuan", "capped", "next_question"];

    /// <summary>The <c>CREATE TABLE IF NOT EXISTS</c> statement of the decisions table.</summary>
    /// <param name="table">The table name (letters, digits and <c>_</c>, optionally <c>schema.table</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not such a name.</exception>
    public static string CreateTableSql(string table = DefaultTable) => string.Create(CultureInfo.InvariantCulture, $"""
        CREATE TABLE IF NOT EXISTS {Table(table)} (
            catalog_id      text    NOT NULL,
            catalog_version text    NOT NULL,
            catalog_hash    text    NOT NULL,
            as_of           date    NOT NULL,
            firm_id         text    NOT NULL,
            policy_id       text    NOT NULL,
            verdict         text    NOT NULL CHECK (verdict IN ('eligible', 'ineligible', 'undetermined')),
            amount_yuan     numeric CHECK (amount_yuan >= 0),
            up_to_yuan      numeric CHECK (up_to_yuan >= 0),
            capped          boolean NOT NULL,
            next_question   text,
            PRIMARY KEY (catalog_id, catalog_version, as_of, firm_id, policy_id)
        )
        """);

    /// <summary>Creates the decisions table unless it exists.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="table">The table name.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    public static async Task CreateTableAsync(NpgsqlConnection connection, string table = DefaultTable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = new NpgsqlCommand(CreateTableSql(table), connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Replaces the rows of <paramref name="run"/> with <paramref name="rows"/>, in one transaction.</summary>
    /// <param name="connection">An open connection with no transaction in progress.</param>
    /// <param name="run">The run the rows belong to.</param>
    /// <param name="rows">The rows, enumerated once, inside the transaction.</param>
    /// <param name="table">The table (made by <see cref="CreateTableSql"/>).</param>
    /// <param name="cancellationToken">Stops the write; the transaction is rolled back and the previous rows stay.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentException">A row has an empty firm or policy id, or a negative amount.</exception>
    /// <exception cref="PostgresException">The server refused (e.g. a firm and item twice in one run); nothing changed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing changed.</exception>
    public static Task<long> WriteAsync(NpgsqlConnection connection, DecisionRun run, IEnumerable<DecisionRecord> rows, string table = DefaultTable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return WriteAsync(connection, run, Async(rows, cancellationToken), table, cancellationToken);
    }

    /// <inheritdoc cref="WriteAsync(NpgsqlConnection, DecisionRun, IEnumerable{DecisionRecord}, string, CancellationToken)"/>
    public static async Task<long> WriteAsync(NpgsqlConnection connection, DecisionRun run, IAsyncEnumerable<DecisionRecord> rows, string table = DefaultTable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rows);
        var name = Table(table);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var delete = new NpgsqlCommand($"DELETE FROM {name} WHERE catalog_id = $1 AND catalog_version = $2 AND as_of = $3", connection, transaction);
            await using (delete.ConfigureAwait(false))
            {
                delete.Parameters.Add(new NpgsqlParameter<string> { Value = run.CatalogId });
                delete.Parameters.Add(new NpgsqlParameter<string> { Value = run.CatalogVersion });
                delete.Parameters.Add(new NpgsqlParameter<DateOnly> { Value = run.AsOf.ToDateOnly(), NpgsqlDbType = NpgsqlDbType.Date });
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            long written = 0;
            var importer = await connection.BeginBinaryImportAsync($"COPY {name} ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            await using (importer.ConfigureAwait(false))
            {
                var asOf = run.AsOf.ToDateOnly();
                await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    Check(row, written);
                    await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(run.CatalogId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(run.CatalogVersion, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(run.CatalogHash, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(asOf, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(row.FirmId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(row.PolicyId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(VerdictText(row.Verdict), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await WriteNullable(importer, row.Amount, cancellationToken).ConfigureAwait(false);
                    await WriteNullable(importer, row.UpTo, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(row.Capped, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
                    if (row.NextQuestion is null)
                    {
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await importer.WriteAsync(row.NextQuestion, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    }

                    written++;
                }

                await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            // Disposing an importer that was not completed cancels the COPY; the transaction then rolls back on dispose.
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return written;
        }
    }

    /// <summary>The verdict as the table holds it: <c>eligible</c>, <c>ineligible</c> or <c>undetermined</c>.</summary>
    /// <param name="verdict">The verdict.</param>
    public static string VerdictText(Verdict verdict) => verdict switch
    {
        Verdict.Eligible => "eligible",
        Verdict.Ineligible => "ineligible",
        Verdict.Undetermined => "undetermined",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "not a verdict."),
    };

    private static async ValueTask WriteNullable(NpgsqlBinaryImporter importer, decimal? value, CancellationToken cancellationToken)
    {
        if (value is { } v)
        {
            await importer.WriteAsync(v, NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Check(DecisionRecord row, long index)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (string.IsNullOrEmpty(row.FirmId) || string.IsNullOrEmpty(row.PolicyId))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"row {index + 1}: a decision row needs a firm id and a policy id."), nameof(row));
        }

        if (row.Amount < 0 || row.UpTo < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"row {index + 1} (firm {row.FirmId}, {row.PolicyId}): an amount is negative."), nameof(row));
        }
    }

    private static string Table(string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        if (PostgresPopulation.Source(table) != table)
        {
            throw new ArgumentException($"'{table}' is not a table name (letters, digits and _, optionally schema.table).", nameof(table));
        }

        return table;
    }

#pragma warning disable CS1998 // an async iterator over a synchronous source
    private static async IAsyncEnumerable<DecisionRecord> Async(IEnumerable<DecisionRecord> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
#pragma warning restore CS1998
    {
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }
}
