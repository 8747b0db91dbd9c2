using PolicyKit.Model;

namespace PolicyKit.Canonical;

/// <summary>The identity of a catalog's content: what determination ids and case files pin.</summary>
/// <remarks>
/// The hash lives here, not on <see cref="PolicyCatalog"/>, because it is computed over the
/// canonical form, which sits above the model: the model knows no serialised form of itself.
/// </remarks>
public static class CatalogContent
{
    /// <summary>
    /// A SHA-256 (lower-case hex) of the catalog's canonical JSON: equal content gives an equal
    /// hash on any machine (specification §3.21). Computed once per catalog instance.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static string ContentHash(this PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.ContentHashCache ??= CanonicalJson.Hash(CatalogJsonWriter.WriteCanonical(catalog));
    }
}
