using PolicyKit.Facts;
using PolicyKit.Populations;
using PolicyKit.Sources;

namespace PolicyKit.Cli;

/// <summary>
/// Reads a population file for <c>simulate</c> by its extension: JSON Lines or CSV (specification §5).
/// </summary>
internal static class PopulationFiles
{
    public static Population Read(string path, FactSchema schema, CancellationToken cancellationToken = default)
    {
        CliContext.RequireFile(path, "population file");

        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".jsonl" or ".ndjson" or ".json":
                using (var stream = File.OpenRead(path))
                {
                    return PopulationReader.ReadJsonLines(stream, schema, path, cancellationToken);
                }

            case ".csv":
                using (var stream = File.OpenRead(path))
                {
                    return PopulationReader.ReadCsv(stream, schema, path, cancellationToken);
                }

            default:
                throw new UsageException($"'{path}': a population is a .jsonl (JSON Lines) or .csv file.");
        }
    }
}
