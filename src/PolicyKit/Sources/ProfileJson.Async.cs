using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Profiles;

namespace PolicyKit.Sources;

/// <summary>The asynchronous readers, for hosts (such as ASP.NET Core) that forbid synchronous reads.</summary>
public static partial class ProfileJson
{
    /// <summary>Reads one profile from UTF-8 JSON asynchronously, with the errors of <see cref="Read(Stream, FactSchema, CatalogReadOptions?, string?)"/>.</summary>
    /// <remarks>
    /// The input is read asynchronously into one buffer of at most
    /// <see cref="CatalogReadOptions.MaxBytes"/> bytes (a larger input fails as soon as it exceeds the
    /// limit), then parsed by the synchronous reader: one parser, so the same strictness and the same
    /// error locations.
    /// </remarks>
    /// <param name="utf8">The stream, read to its end (not closed).</param>
    /// <param name="schema">The fact schema.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ProfileFormatException">The input is not a readable profile.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async ValueTask<EnterpriseProfile> ReadAsync(Stream utf8, FactSchema schema, CatalogReadOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= CatalogReadOptions.Default;
        var source = await JsonSource.FromStreamAsync(utf8, options, sourceName, InputErrors.Profile, cancellationToken).ConfigureAwait(false);
        return ProfileJsonReader.Read(source, options, schema);
    }

    /// <summary>
    /// Reads every profile of a UTF-8 JSON Lines stream asynchronously, skipping blank lines, in
    /// order, each as soon as its line has arrived.
    /// </summary>
    /// <remarks>
    /// Lines are cut and read exactly as by <see cref="ReadLines(Stream, FactSchema, CatalogReadOptions?, string?, CancellationToken)"/>
    /// (the same line reader), so values, errors and line numbers are the same. Memory holds one
    /// line (at most <see cref="CatalogReadOptions.MaxBytes"/>) and one read.
    /// </remarks>
    /// <param name="utf8">The stream, read to its end (not closed).</param>
    /// <param name="schema">The fact schema.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults; <see cref="CatalogReadOptions.MaxBytes"/> bounds one line.</param>
    /// <param name="sourceName">The file name used in error messages.</param>
    /// <param name="cancellationToken">Stops the reading between reads.</param>
    /// <exception cref="ProfileFormatException">A line is not a readable profile (thrown when that line is reached).</exception>
    public static IAsyncEnumerable<EnterpriseProfile> ReadLinesAsync(Stream utf8, FactSchema schema, CatalogReadOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(schema);
        return ProfileJsonLines.ReadAsync(utf8, schema, options ?? CatalogReadOptions.Default, sourceName, cancellationToken);
    }
}
