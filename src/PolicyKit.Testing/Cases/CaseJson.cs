using PolicyKit.CatalogFiles;
using PolicyKit.Formats;
using PolicyKit.Model;

namespace PolicyKit.Testing.Cases;

/// <summary>
/// Reads case files (docs/authoring-guide.md, schema <c>docs/schema/cases.schema.json</c>):
/// <c>{ "catalog"?, "asOf"?, "cases": [ { "name", "asOf"?, "profile", "expect", "totals"? } ] }</c>.
/// </summary>
/// <remarks>
/// Reading is strict, like catalogs and profiles: an unknown property, a policy or fact the catalog
/// does not have, a duplicate case name or a malformed value throws
/// <see cref="CaseFormatException"/> naming the file, the JSON path (which says the case) and
/// the line. Thread-safe.
/// </remarks>
public static class CaseJson
{
    /// <summary>Reads a case file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalogFor">
    /// Gives the catalog for the file's <c>"catalog"</c> reference (<see langword="null"/> when the file names none);
    /// returns <see langword="null"/> when it knows no such catalog. <see cref="CaseCatalogs.Resolver"/> makes the usual one.
    /// </param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="CaseFormatException">The file is not a readable case file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CaseFile ReadFile(string path, Func<string?, PolicyCatalog?> catalogFor, CatalogReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, catalogFor, options, path);
    }

    /// <summary>Reads a case file from UTF-8 JSON.</summary>
    /// <exception cref="CaseFormatException">The input is not a readable case file.</exception>
    public static CaseFile Read(Stream utf8, Func<string?, PolicyCatalog?> catalogFor, CatalogReadOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(catalogFor);
        options ??= CatalogReadOptions.Default;
        return CaseJsonReader.Read(JsonSource.FromStream(utf8, options, sourceName, CaseFormatException.Factory), options, catalogFor);
    }

    /// <summary>Reads a case file from a JSON string.</summary>
    /// <exception cref="CaseFormatException">The input is not a readable case file.</exception>
    public static CaseFile Read(string json, Func<string?, PolicyCatalog?> catalogFor, CatalogReadOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(catalogFor);
        options ??= CatalogReadOptions.Default;
        return CaseJsonReader.Read(JsonSource.FromString(json, options, sourceName, CaseFormatException.Factory), options, catalogFor);
    }

    /// <summary>
    /// The case files at <paramref name="path"/>: the file itself, or every <c>*.json</c> below the
    /// folder except catalogs and profiles named <c>*.catalog.json</c> and <c>*.profile.json</c>
    /// (so a catalog can sit beside its cases), sorted by path so runs are repeatable.
    /// </summary>
    /// <exception cref="FileNotFoundException">Nothing exists at <paramref name="path"/>.</exception>
    public static IReadOnlyList<string> FindFiles(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return [path];
        }

        if (Directory.Exists(path))
        {
            return
            [
                .. Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories)
                    .Where(f => !f.EndsWith(".catalog.json", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".profile.json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal),
            ];
        }

        throw new FileNotFoundException($"'{path}' is neither a case file nor a folder.", path);
    }
}

/// <summary>Finds the catalog a case file names.</summary>
public static class CaseCatalogs
{
    /// <summary>
    /// The usual resolver: <paramref name="overriding"/> when given (the command line's
    /// <c>--catalog</c> wins over the file); else a known id from <paramref name="known"/>; else a
    /// catalog file, relative to <paramref name="caseFilePath"/>'s folder.
    /// </summary>
    /// <param name="caseFilePath">The case file, or <see langword="null"/> when not read from a file (relative paths then use the current folder).</param>
    /// <param name="known">Catalogs by id (e.g. the embedded ones), or <see langword="null"/>.</param>
    /// <param name="overriding">A catalog that replaces whatever the file names, or <see langword="null"/>.</param>
    public static Func<string?, PolicyCatalog?> Resolver(string? caseFilePath, Func<string, PolicyCatalog?>? known = null, PolicyCatalog? overriding = null) => reference =>
    {
        if (overriding is not null)
        {
            return overriding;
        }

        if (reference is null)
        {
            return null;
        }

        if (known?.Invoke(reference) is { } byId)
        {
            return byId;
        }

        var folder = caseFilePath is null ? "" : Path.GetDirectoryName(Path.GetFullPath(caseFilePath)) ?? "";
        var file = Path.Combine(folder, reference);
        return File.Exists(file) ? CatalogJson.ReadFile(file) : null;
    };
}
