using PolicyKit.Formats;
using PolicyKit.Model;

namespace PolicyKit.CatalogFiles;

/// <summary>The asynchronous reader, for hosts that forbid synchronous reads.</summary>
public static partial class CatalogJson
{
    /// <summary>Reads a catalog from UTF-8 JSON asynchronously, with the errors of <see cref="Read(Stream, CatalogReadOptions?, string?)"/>.</summary>
    /// <remarks>
    /// The input is read asynchronously into one buffer of at most
    /// <see cref="CatalogReadOptions.MaxBytes"/> bytes, then parsed by the synchronous reader: one
    /// parser, so the same strictness and the same error locations.
    /// </remarks>
    /// <param name="utf8">The stream, read to its end (not closed).</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="CatalogReadOptions.Default"/>.</param>
    /// <param name="sourceName">The name used in error messages, such as the file name.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
    /// <exception cref="CatalogFormatException">The input is not a readable catalog.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async ValueTask<PolicyCatalog> ReadAsync(Stream utf8, CatalogReadOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        options ??= CatalogReadOptions.Default;
        var source = await JsonSource.FromStreamAsync(utf8, options, sourceName, InputErrors.Catalog, cancellationToken).ConfigureAwait(false);
        return CatalogJsonReader.Read(source, options);
    }
}
