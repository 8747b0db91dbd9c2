using Npgsql;
using NodaTime;
using PolicyKit.Canonical;
using PolicyKit.Model;

namespace PolicyKit.Npgsql;

/// <summary>
/// Which run a set of written-back rows belongs to: the catalog (id, version, content hash) and the
/// as-of date. <see cref="PostgresDecisions.WriteAsync(NpgsqlConnection, DecisionRun, IEnumerable{DecisionRecord}, string, CancellationToken)"/>
/// replaces the rows of the same catalog id, version and as-of date, and no others.
/// </summary>
/// <param name="CatalogId">The catalog's id.</param>
/// <param name="CatalogVersion">The catalog's version.</param>
/// <param name="CatalogHash">The SHA-256 of the catalog's canonical JSON (<see cref="CatalogContent.ContentHash"/>), kept on each row.</param>
/// <param name="AsOf">The date the decisions were made as of.</param>
public sealed record DecisionRun(string CatalogId, string CatalogVersion, string CatalogHash, LocalDate AsOf)
{
    /// <summary>The run of <paramref name="catalog"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="asOf">The as-of date.</param>
    public static DecisionRun Of(PolicyCatalog catalog, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new DecisionRun(catalog.Id, catalog.Version, catalog.ContentHash(), asOf);
    }
}
