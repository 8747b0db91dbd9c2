using System.Data.Common;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Populations;

namespace PolicyKit.Sources;

/// <summary>
/// Reads a <see cref="Population"/> from its sources (specification §10): JSON Lines, CSV and any
/// ADO.NET data reader, through the same strict profile readers as single profiles.
/// </summary>
public static partial class PopulationReader
{
    /// <summary>Reads a population from JSON Lines (one profile per line, specification §4).</summary>
    /// <param name="utf8">The UTF-8 stream, left open.</param>
    /// <param name="schema">The schema of the population (usually the catalog's).</param>
    /// <param name="sourceName">Named in errors, e.g. the file name.</param>
    /// <param name="cancellationToken">Stops reading; nothing is returned then.</param>
    /// <exception cref="ProfileFormatException">A line is not a valid profile; the message names the line and position, and nothing is loaded.</exception>
    public static Population ReadJsonLines(Stream utf8, FactSchema schema, string? sourceName = null, CancellationToken cancellationToken = default) =>
        Population.From(schema, ProfileJson.ReadLines(utf8, schema, sourceName: sourceName, cancellationToken: cancellationToken), cancellationToken);

    /// <summary>Reads a population from CSV (specification §5: a header of fact ids, an empty cell is unknown).</summary>
    /// <param name="utf8">The UTF-8 stream, left open.</param>
    /// <param name="schema">The schema of the population (usually the catalog's).</param>
    /// <param name="sourceName">Named in errors, e.g. the file name.</param>
    /// <param name="cancellationToken">Stops reading; nothing is returned then.</param>
    /// <exception cref="ProfileFormatException">A row is not valid; the message names its line and column, and nothing is loaded.</exception>
    public static Population ReadCsv(Stream utf8, FactSchema schema, string? sourceName = null, CancellationToken cancellationToken = default) =>
        Population.From(schema, ProfileCsv.ReadRows(utf8, schema, sourceName: sourceName, cancellationToken: cancellationToken), cancellationToken);

    /// <summary>
    /// Reads a population from any ADO.NET reader whose columns are named by fact id (an optional
    /// <c>id</c> column names the firm), so a host reads its enterprise database with no copy through JSON.
    /// </summary>
    /// <remarks>
    /// Columns whose type <see cref="ProfileDb"/> reads directly (boolean, integer, decimal,
    /// <see cref="DateOnly"/> and text) are read with the reader's typed getters straight into the
    /// columns, no profile per firm; others go through <see cref="ProfileDb"/>'s conversion. What is
    /// accepted and every error are <see cref="ProfileDb"/>'s. The population keeps no ids.
    /// </remarks>
    /// <param name="reader">The open reader, read to its end and left open.</param>
    /// <param name="schema">The schema of the population (usually the catalog's).</param>
    /// <param name="sourceName">Named in errors, e.g. the table name.</param>
    /// <param name="cancellationToken">Stops reading; nothing is returned then.</param>
    /// <exception cref="ProfileFormatException">A row or column is not valid; the message names the row and column, and nothing is loaded.</exception>
    public static Population Read(DbDataReader reader, FactSchema schema, string? sourceName = null, CancellationToken cancellationToken = default) =>
        DbColumns.Read(reader ?? throw new ArgumentNullException(nameof(reader)), schema ?? throw new ArgumentNullException(nameof(schema)), sourceName, cancellationToken);

    /// <summary>Reads a population from any ADO.NET reader asynchronously (an embedded engine such as DuckDB, or a database).</summary>
    /// <inheritdoc cref="Read(DbDataReader, FactSchema, string?, CancellationToken)"/>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ValueTask<Population> ReadAsync(DbDataReader reader, FactSchema schema, string? sourceName = null, CancellationToken cancellationToken = default) =>
        DbColumns.ReadAsync(reader ?? throw new ArgumentNullException(nameof(reader)), schema ?? throw new ArgumentNullException(nameof(schema)), sourceName, cancellationToken);
}
