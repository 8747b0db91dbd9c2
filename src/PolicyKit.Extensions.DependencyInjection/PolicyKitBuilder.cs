using NodaTime;
using PolicyKit.CatalogFiles;
using PolicyKit.Formats;
using PolicyKit.Model;

namespace PolicyKit.Extensions.DependencyInjection;

/// <summary>Collects what <c>AddPolicyKit</c> registers: catalogs, clock and time zone.</summary>
/// <remarks>Mutable and not thread-safe; used only inside the <c>AddPolicyKit</c> callback.</remarks>
public sealed class PolicyKitBuilder
{
    private readonly List<PolicyCatalog> _catalogs = [];

    internal PolicyKitBuilder()
    {
    }

    internal IReadOnlyList<PolicyCatalog> Catalogs => _catalogs;

    internal IClock? Clock { get; private set; }

    internal DateTimeZone TimeZone { get; private set; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Adds a catalog built in C# or read elsewhere.</summary>
    public PolicyKitBuilder AddCatalog(PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalogs.Add(catalog);
        return this;
    }

    /// <summary>Reads a catalog file now, so a bad file fails start-up with its <see cref="CatalogFormatException"/>.</summary>
    /// <exception cref="CatalogFormatException">The file is not a readable catalog.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public PolicyKitBuilder AddCatalogFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return AddCatalog(CatalogJson.ReadFile(path));
    }

    /// <summary>Reads a catalog from a UTF-8 stream now.</summary>
    /// <exception cref="CatalogFormatException">The stream is not a readable catalog.</exception>
    public PolicyKitBuilder AddCatalog(Stream utf8Json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return AddCatalog(CatalogJson.Read(utf8Json, sourceName: sourceName));
    }

    /// <summary>The clock PolicyKit registers when the host has none (the system clock by default).</summary>
    public PolicyKitBuilder UseClock(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
        return this;
    }

    /// <summary>The time zone "today" is read in (Asia/Shanghai by default), by IANA id.</summary>
    /// <exception cref="ArgumentException"><paramref name="tzdbId"/> is not a known time zone.</exception>
    public PolicyKitBuilder UseTimeZone(string tzdbId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tzdbId);
        TimeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(tzdbId)
            ?? throw new ArgumentException($"'{tzdbId}' is not a known time zone id (e.g. Asia/Shanghai).", nameof(tzdbId));
        return this;
    }
}
