using System.Text;
using System.Text.Json;
using PolicyKit.Canonical;
using PolicyKit.Formats;
using PolicyKit.Model;

namespace PolicyKit.CatalogFiles;

/// <summary>
/// Reads and writes catalogs in the JSON of specification §4 (<c>docs/catalog-format.md</c>, schema
/// <c>docs/schema/catalog.schema.json</c>).
/// </summary>
/// <remarks>
/// Reading is strict: an unknown property, a duplicate key, a wrong JSON type, an unknown
/// predicate or award form, or a limit of <see cref="CatalogReadOptions"/> broken throws
/// <see cref="CatalogFormatException"/>, and nothing is half-loaded. What reads but is wrong
/// (an unknown fact id, a code outside a closed set, a dangling reference) is left to
/// <see cref="Validation.CatalogValidator"/>, which reports every such finding at once.
/// Writing is canonical: equal catalogs give equal bytes, and reading what was written gives an
/// equal catalog. No reflection: safe for trimming and native AOT. Thread-safe.
/// </remarks>
public static partial class CatalogJson
{
    /// <summary>Reads a catalog from UTF-8 JSON.</summary>
    /// <param name="utf8">The stream, read to its end (not closed).</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="CatalogReadOptions.Default"/>.</param>
    /// <param name="sourceName">The name used in error messages, such as the file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
    /// <exception cref="CatalogFormatException">The input is not a readable catalog.</exception>
    public static PolicyCatalog Read(Stream utf8, CatalogReadOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        options ??= CatalogReadOptions.Default;
        return CatalogJsonReader.Read(JsonSource.FromStream(utf8, options, sourceName, InputErrors.Catalog), options);
    }

    /// <summary>Reads a catalog from a JSON string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CatalogFormatException">The input is not a readable catalog.</exception>
    public static PolicyCatalog Read(string json, CatalogReadOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= CatalogReadOptions.Default;
        return CatalogJsonReader.Read(JsonSource.FromString(json, options, sourceName, InputErrors.Catalog), options);
    }

    /// <summary>Reads a catalog file; error messages name the file.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="CatalogFormatException">The file is not a readable catalog.</exception>
    public static PolicyCatalog ReadFile(string path, CatalogReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream, options, path);
    }

    /// <summary>Writes <paramref name="catalog"/> as UTF-8 JSON to <paramref name="utf8"/> (left open).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="utf8">The stream written to.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends on .NET 9 and later).</param>
    public static void Write(PolicyCatalog catalog, Stream utf8, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(utf8);
        using var writer = new Utf8JsonWriter(utf8, CanonicalJson.WriterOptions(indented));
        CatalogJsonWriter.Write(writer, catalog);
    }

    /// <summary>Writes <paramref name="catalog"/> as a JSON string.</summary>
    public static string Write(PolicyCatalog catalog, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Encoding.UTF8.GetString(CanonicalJson.ToBytes(w => CatalogJsonWriter.Write(w, catalog), indented));
    }
}
