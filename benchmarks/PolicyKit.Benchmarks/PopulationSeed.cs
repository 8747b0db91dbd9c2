using System.Text;
using PolicyKit.Facts;
using PolicyKit.Sources;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Benchmarks;

/// <summary>
/// Writes a generated population for a real database (<c>--generate-postgres</c>): the firms as
/// CSV, and SQL that loads them with <c>\copy</c> into a typed table <c>firms</c> whose columns are
/// named by fact id, plus <c>policykit_population(seed, firms)</c> so a test can generate the same
/// profiles and compare.
/// </summary>
public static class PopulationSeed
{
    public static void Write(string directory, int firms, int seed)
    {
        Directory.CreateDirectory(directory);
        var catalog = SyntheticCatalog.Generate(seed);
        var schema = catalog.Schema;
        var csvPath = Path.GetFullPath(Path.Combine(directory, "firms.csv"));
        using (var csv = File.Create(csvPath))
        {
            ProfileCsv.Write(SyntheticProfiles.Generate(catalog, seed, firms), csv, schema);
        }

        var columns = schema.Facts.Select(f => (Name: "\"" + f.Id + "\"", f.Type)).ToList();
        var sql = new StringBuilder();
        sql.AppendLine("DROP TABLE IF EXISTS firms_staging, firms, policykit_population;");
        sql.AppendLine("CREATE TABLE firms_staging (id text, " + string.Join(", ", columns.Select(c => c.Name + " text")) + ");");
        sql.AppendLine($"\\copy firms_staging FROM '{csvPath}' WITH (FORMAT csv, HEADER true)");
        sql.AppendLine("CREATE TABLE firms AS SELECT id, " + string.Join(", ", columns.Select(c => Cast(c.Name, c.Type) + " AS " + c.Name)) + " FROM firms_staging;");
        sql.AppendLine("DROP TABLE firms_staging;");
        sql.AppendLine($"CREATE TABLE policykit_population AS SELECT {seed} AS seed, {firms} AS firms;");
        File.WriteAllText(Path.Combine(directory, "firms.sql"), sql.ToString());
        Console.WriteLine($"wrote {firms} firms (seed {seed}) to {csvPath} and firms.sql");
    }

    /// <summary>The typed column of a text cell in the CSV form: sets become text arrays ("" is the empty one).</summary>
    private static string Cast(string column, FactType type) => type switch
    {
        FactType.Bool => column + "::boolean",
        FactType.Integer => column + "::bigint",
        FactType.Decimal or FactType.Money => column + "::numeric",
        FactType.Date => column + "::date",
        FactType.CodeSet or FactType.Certifications => $"string_to_array({column}, '|')",
        _ => column,
    };
}
