using PolicyKit.Facts;
using PolicyKit.Populations;
using PolicyKit.Serialization;

namespace PolicyKit.Cli;

/// <summary>
/// Reads a population file for <c>simulate</c> by its extension: JSON Lines today (one profile
/// per line through <see cref="ProfileJson.ReadLines"/>); CSV (DESIGN §5) is the seam where the
/// CSV reader plugs in.
/// </summary>
internal static class PopulationFiles
{
    public static Population Read(string path, FactSchema schema, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"population file '{path}' does not exist.");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".jsonl" or ".ndjson" or ".json":
                using (var reader = File.OpenText(path))
                {
                    return Population.From(schema, ProfileJson.ReadLines(reader, schema, sourceName: path), cancellationToken);
                }

            case ".csv":
                throw new UsageException($"'{path}': CSV populations are not readable yet; give the firms as JSON Lines (.jsonl).");
            default:
                throw new UsageException($"'{path}': a population is a .jsonl (JSON Lines) or .csv file.");
        }
    }
}
