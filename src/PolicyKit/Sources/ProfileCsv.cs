using System.Text;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Profiles;

namespace PolicyKit.Sources;

/// <summary>
/// Reads and writes enterprise profiles as CSV (specification §5, the population format of
/// <c>policykit simulate</c>): a header of fact ids and optionally <c>id</c>, then one row per
/// profile.
/// </summary>
/// <remarks>
/// <para>
/// Cells: an empty cell is unknown (<c>""</c>, quoted, is the empty value of a text fact, a
/// code set or certifications, and the empty <c>id</c>); <c>true</c>/<c>false</c>; invariant numbers (<c>1234.56</c>); dates
/// <c>yyyy-MM-dd</c>; code sets as <c>a|b</c>; certifications as
/// <c>kind:recognizedOn:expiresOn</c> joined by <c>|</c>, with an empty <c>expiresOn</c> for one
/// that never lapses. Quoting follows RFC 4180; input is UTF-8 with or without a byte order
/// mark; lines end in <c>\r\n</c> or <c>\n</c>; blank lines are skipped.
/// </para>
/// <para>
/// Reading is strict and streaming: a bad header or row throws
/// <see cref="ProfileFormatException"/> naming the source, the line and byte position, the
/// column and its fact id, when that row is reached; a caller that collects the rows gets them
/// all or the exception (<see cref="ReadAll(Stream, FactSchema, CatalogReadOptions?, string?, CancellationToken)"/>).
/// <see cref="CatalogReadOptions.MaxStringLength"/> bounds one cell and
/// <see cref="CatalogReadOptions.MaxBytes"/> the header. Writing gives every fact of the schema
/// a column, in slot order. Thread-safe (no shared state).
/// </para>
/// </remarks>
public static class ProfileCsv
{
    /// <summary>The name of the optional column holding each profile's <see cref="EnterpriseProfile.Id"/>.</summary>
    public const string IdColumn = "id";

    /// <summary>Reads the profiles of a UTF-8 CSV stream lazily, in order.</summary>
    /// <param name="utf8">The stream, read to its end (not closed).</param>
    /// <param name="schema">The fact schema the header's fact ids belong to.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="sourceName">The file name used in error messages.</param>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <exception cref="ProfileFormatException">The header or a row is not readable (thrown when it is reached).</exception>
    public static IEnumerable<EnterpriseProfile> ReadRows(Stream utf8, FactSchema schema, CatalogReadOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(schema);
        return ProfileCsvReader.Read(() => Utf8Input.Over(utf8), schema, options ?? CatalogReadOptions.Default, sourceName, cancellationToken);
    }

    /// <summary>Reads the profiles of CSV text lazily, in order.</summary>
    /// <param name="reader">The text, read to its end (not closed).</param>
    /// <param name="schema">The fact schema the header's fact ids belong to.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="sourceName">The file name used in error messages.</param>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <exception cref="ProfileFormatException">The header or a row is not readable (thrown when it is reached).</exception>
    public static IEnumerable<EnterpriseProfile> ReadRows(TextReader reader, FactSchema schema, CatalogReadOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(schema);
        return ProfileCsvReader.Read(() => Utf8Input.Over(reader), schema, options ?? CatalogReadOptions.Default, sourceName, cancellationToken);
    }

    /// <summary>Reads every profile of a UTF-8 CSV stream: all of them, or the exception of the first bad row.</summary>
    /// <inheritdoc cref="ReadRows(Stream, FactSchema, CatalogReadOptions?, string?, CancellationToken)"/>
    public static IReadOnlyList<EnterpriseProfile> ReadAll(Stream utf8, FactSchema schema, CatalogReadOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default) =>
        [.. ReadRows(utf8, schema, options, sourceName, cancellationToken)];

    /// <summary>Reads every profile of CSV text: all of them, or the exception of the first bad row.</summary>
    /// <exception cref="ProfileFormatException">The header or a row is not readable.</exception>
    public static IReadOnlyList<EnterpriseProfile> Read(string csv, FactSchema schema, CatalogReadOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StringReader(csv);
        return [.. ReadRows(reader, schema, options, sourceName)];
    }

    /// <summary>Writes <paramref name="profiles"/> as CSV text with a header of <paramref name="schema"/>'s fact ids.</summary>
    /// <param name="profiles">The profiles; each is rebound to <paramref name="schema"/>.</param>
    /// <param name="writer">Where the text goes (not closed).</param>
    /// <param name="schema">The facts that get a column, in slot order.</param>
    /// <param name="includeId">Whether to write the <c>id</c> column first.</param>
    /// <param name="cancellationToken">Stops the writing between rows.</param>
    /// <exception cref="ArgumentException">A profile's fact has another type in <paramref name="schema"/>, or a code holds <c>|</c>.</exception>
    public static void Write(IEnumerable<EnterpriseProfile> profiles, TextWriter writer, FactSchema schema, bool includeId = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(schema);
        ProfileCsvWriter.Write(profiles, writer, schema, includeId, cancellationToken);
    }

    /// <summary>Writes <paramref name="profiles"/> as UTF-8 CSV (no byte order mark) to <paramref name="utf8"/> (left open).</summary>
    /// <inheritdoc cref="Write(IEnumerable{EnterpriseProfile}, TextWriter, FactSchema, bool, CancellationToken)"/>
    public static void Write(IEnumerable<EnterpriseProfile> profiles, Stream utf8, FactSchema schema, bool includeId = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        using var writer = new StreamWriter(utf8, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        Write(profiles, writer, schema, includeId, cancellationToken);
    }

    /// <summary>Writes <paramref name="profiles"/> as a CSV string.</summary>
    /// <inheritdoc cref="Write(IEnumerable{EnterpriseProfile}, TextWriter, FactSchema, bool, CancellationToken)"/>
    public static string Write(IEnumerable<EnterpriseProfile> profiles, FactSchema schema, bool includeId = true)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(profiles, writer, schema, includeId);
        return writer.ToString();
    }
}
