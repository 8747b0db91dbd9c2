using System.Text;
using System.Text.Json;
using PolicyKit.Canonical;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Profiles;

namespace PolicyKit.Sources;

/// <summary>
/// Reads and writes enterprise profiles: <c>{ "id": "optional", "facts": { "&lt;fact id&gt;": value } }</c>
/// (specification §4, schema <c>docs/schema/profile.schema.json</c>), one per document or one per line
/// (JSON Lines).
/// </summary>
/// <remarks>
/// Reading is strict, against the schema of the catalog the profile is for: an unknown fact, a
/// value of the wrong type or a code outside its fact's set throws
/// <see cref="ProfileFormatException"/>. A fact given as <c>null</c> or left out is unknown.
/// Writing lists known facts sorted by id. Thread-safe.
/// </remarks>
public static partial class ProfileJson
{
    /// <summary>Reads one profile from UTF-8 JSON.</summary>
    /// <param name="utf8">The stream, read to its end (not closed).</param>
    /// <param name="schema">The fact schema (a catalog's <see cref="Model.PolicyCatalog.Schema"/>, or <see cref="FactSchema.Standard"/>).</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ProfileFormatException">The input is not a readable profile.</exception>
    public static EnterpriseProfile Read(Stream utf8, FactSchema schema, CatalogReadOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= CatalogReadOptions.Default;
        return ProfileJsonReader.Read(JsonSource.FromStream(utf8, options, sourceName, InputErrors.Profile), options, schema);
    }

    /// <summary>Reads one profile from a JSON string.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ProfileFormatException">The input is not a readable profile.</exception>
    public static EnterpriseProfile Read(string json, FactSchema schema, CatalogReadOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= CatalogReadOptions.Default;
        return ProfileJsonReader.Read(JsonSource.FromString(json, options, sourceName, InputErrors.Profile), options, schema);
    }

    /// <summary>Reads the profile on one line of a JSON Lines file; errors report <paramref name="lineNumber"/>.</summary>
    /// <param name="line">The line's text, one JSON object.</param>
    /// <param name="schema">The fact schema.</param>
    /// <param name="lineNumber">The line's number in its file, 1-based.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="sourceName">The file name used in error messages.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNumber"/> is below 1.</exception>
    /// <exception cref="ProfileFormatException">The line is not a readable profile.</exception>
    public static EnterpriseProfile ReadLine(string line, FactSchema schema, long lineNumber = 1, CatalogReadOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentOutOfRangeException.ThrowIfLessThan(lineNumber, 1);
        options ??= CatalogReadOptions.Default;
        return ProfileJsonReader.Read(JsonSource.FromString(line, options, sourceName, InputErrors.Profile, lineNumber), options, schema);
    }

    /// <summary>Reads every profile of a JSON Lines text, skipping blank lines, lazily and in order.</summary>
    /// <remarks>
    /// Lines end at <c>\n</c> (a <c>\r</c> before it is dropped). The text is read in blocks
    /// of UTF-8 without a string per line; errors are those of <see cref="ReadLine"/> for that line.
    /// </remarks>
    /// <param name="reader">The text, read to its end (not closed).</param>
    /// <param name="schema">The fact schema.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults; <see cref="CatalogReadOptions.MaxBytes"/> bounds one line.</param>
    /// <param name="sourceName">The file name used in error messages.</param>
    /// <param name="cancellationToken">Stops the reading between lines.</param>
    /// <exception cref="ProfileFormatException">A line is not a readable profile (thrown when that line is reached).</exception>
    public static IEnumerable<EnterpriseProfile> ReadLines(TextReader reader, FactSchema schema, CatalogReadOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(schema);
        return ProfileJsonLines.Read(() => Utf8Input.Over(reader), schema, options ?? CatalogReadOptions.Default, sourceName, cancellationToken);
    }

    /// <summary>
    /// Reads every profile of a UTF-8 JSON Lines stream (a byte order mark is allowed), skipping
    /// blank lines, lazily and in order: the fast path for populations.
    /// </summary>
    /// <param name="utf8">The stream, read to its end (not closed).</param>
    /// <param name="schema">The fact schema.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults; <see cref="CatalogReadOptions.MaxBytes"/> bounds one line.</param>
    /// <param name="sourceName">The file name used in error messages.</param>
    /// <param name="cancellationToken">Stops the reading between lines.</param>
    /// <exception cref="ProfileFormatException">A line is not a readable profile (thrown when that line is reached).</exception>
    public static IEnumerable<EnterpriseProfile> ReadLines(Stream utf8, FactSchema schema, CatalogReadOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(schema);
        return ProfileJsonLines.Read(() => Utf8Input.Over(utf8), schema, options ?? CatalogReadOptions.Default, sourceName, cancellationToken);
    }

    /// <summary>Writes <paramref name="profile"/> as UTF-8 JSON to <paramref name="utf8"/> (left open).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="utf8">The stream written to.</param>
    /// <param name="indented">Whether to indent; the default, compact, suits JSON Lines.</param>
    public static void Write(EnterpriseProfile profile, Stream utf8, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(utf8);
        using var writer = new Utf8JsonWriter(utf8, CanonicalJson.WriterOptions(indented));
        ProfileJsonWriter.Write(writer, profile, includeId: true);
    }

    /// <summary>Writes <paramref name="profile"/> as a JSON string.</summary>
    public static string Write(EnterpriseProfile profile, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Encoding.UTF8.GetString(CanonicalJson.ToBytes(w => ProfileJsonWriter.Write(w, profile, includeId: true), indented));
    }
}
