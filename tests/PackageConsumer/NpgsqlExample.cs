// begin-snippet: usings
using Npgsql;
using PolicyKit.Batching;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Evaluation;
using PolicyKit.Npgsql;
using PolicyKit.Sources;
// end-snippet

namespace PackageConsumer;

/// <summary>Built, not run by Program (it needs a PostgreSQL server): the README's nightly run has to compile against the package.</summary>
internal static class NpgsqlExample
{
    public static async Task RunAsync(string connectionString, NodaTime.LocalDate asOf)
    {
        // begin-snippet: example
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var catalog = QingdaoCatalogs.Reference;
        var population = await PostgresPopulation.ReadAsync(connection, "firms", catalog.Schema);   // binary COPY into columns
        Console.WriteLine($"{population.Count} firms read");

        // Each night: every firm's decisions, replacing only this run's rows (catalog, version, as-of) in one transaction.
        await PostgresDecisions.CreateTableAsync(connection);
        List<PolicyKit.Profiles.EnterpriseProfile> profiles;
        await using (var command = new NpgsqlCommand("SELECT * FROM firms", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            profiles = [.. ProfileDb.ReadRows(reader, catalog.Schema, "firms")];
        }

        var evaluator = new PolicyEvaluator(catalog);
        var rows = profiles.Zip(evaluator.EvaluateMany(profiles, asOf))
            .SelectMany(p => DecisionRecord.FromReport(p.First.Id!, p.Second, catalog));
        var written = await PostgresDecisions.WriteAsync(connection, DecisionRun.Of(catalog, asOf), rows);
        Console.WriteLine($"{written} decisions written back");
        // end-snippet
    }
}
