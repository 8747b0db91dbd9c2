using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Populations;

namespace PolicyKit.Sources;

/// <summary>The asynchronous reader of JSON Lines populations.</summary>
public static partial class PopulationReader
{
    /// <summary>
    /// Reads a population from JSON Lines asynchronously, building its columns as the lines arrive
    /// (no copy of the whole input is held).
    /// </summary>
    /// <param name="utf8">The UTF-8 stream, left open.</param>
    /// <param name="schema">The schema of the population (usually the catalog's).</param>
    /// <param name="sourceName">Named in errors, e.g. the file name.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults; <see cref="CatalogReadOptions.MaxBytes"/> bounds one line.</param>
    /// <param name="cancellationToken">Stops reading; nothing is returned then.</param>
    /// <exception cref="ProfileFormatException">A line is not a valid profile; the message names the line and position, and nothing is returned.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async ValueTask<Population> ReadJsonLinesAsync(Stream utf8, FactSchema schema, string? sourceName = null, CatalogReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(schema);
        var builder = new PopulationBuilder(schema);
        await foreach (var profile in ProfileJson.ReadLinesAsync(utf8, schema, options, sourceName, cancellationToken).ConfigureAwait(false))
        {
            builder.Add(profile);
        }

        return builder.Build();
    }
}
