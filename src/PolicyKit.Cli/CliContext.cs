using NodaTime;
using NodaTime.Extensions;
using NodaTime.Text;
using PolicyKit.CatalogFiles;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Model;
using PolicyKit.Profiles;
using PolicyKit.Sources;
using PolicyKit.Text;

namespace PolicyKit.Cli;

/// <summary>What every command shares: the streams, the clock, and reading catalogs, profiles, dates and choices.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, IClock clock, TextReader? stdin = null)
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Standard input, for <c>ask --interactive</c>; empty when the caller gave none.</summary>
    public TextReader In { get; } = stdin ?? TextReader.Null;

    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>Whether standard output is a terminal: progress bars are drawn only then.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether both standard input and output are a terminal: <c>ask --interactive</c> then offers codes as a list to pick from.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Cancelled by Ctrl+C; long commands stop at a clean point.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>An embedded catalog id or a catalog file; the Qingdao reference catalog by default.</summary>
    public static PolicyCatalog Catalog(string? reference)
    {
        if (reference is null)
        {
            return QingdaoCatalogs.Reference;
        }

        if (QingdaoCatalogs.Ids.Contains(reference))
        {
            return QingdaoCatalogs.Get(reference);
        }

        if (File.Exists(reference))
        {
            return CatalogJson.ReadFile(reference);
        }

        if (Directory.Exists(reference))
        {
            throw new UsageException($"catalog '{reference}' is a folder, not a catalog file.");
        }

        throw new UsageException($"'{reference}' is neither a catalog file nor an embedded catalog id (embedded: {string.Join(", ", QingdaoCatalogs.Ids)}).");
    }

    public static EnterpriseProfile Profile(string path, PolicyCatalog catalog)
    {
        RequireFile(path, "profile file");
        using var stream = File.OpenRead(path);
        return ProfileJson.Read(stream, catalog.Schema, sourceName: path);
    }

    /// <summary>
    /// Refuses an input path that is empty, a folder or missing, each with its own message (a folder is
    /// not reported as missing).
    /// </summary>
    /// <param name="path">The path given.</param>
    /// <param name="what">What it should be, e.g. <c>profile file</c>.</param>
    public static void RequireFile(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException($"the {what} name is empty.");
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{what} '{path}' is a folder; give a file.");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{what} '{path}' does not exist.");
        }
    }

    public LocalDate AsOf(string? text, LocalDate? fallback)
    {
        if (text is null)
        {
            return fallback ?? clock.InZone(Shanghai).GetCurrentDate();
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new UsageException($"--as-of '{text}' is not a date; write it as yyyy-MM-dd, e.g. 2023-06-30.");
    }

    public static Language Lang(string? text) => text switch
    {
        null or "zh" => Language.Zh,
        "en" => Language.En,
        _ => throw new UsageException($"--lang '{text}' is not supported; use zh or en."),
    };

    public static bool Json(string? format) => format switch
    {
        null or "table" => false,
        "json" => true,
        _ => throw new UsageException($"--format '{format}' is not supported; use table or json."),
    };
}
