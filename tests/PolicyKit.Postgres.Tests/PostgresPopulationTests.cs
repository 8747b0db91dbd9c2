using System.Text;
using Npgsql;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Npgsql;
using PolicyKit.Populations;
using PolicyKit.Simulation;
using PolicyKit.Sources;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Postgres.Tests;

/// <summary>
/// PolicyKit.Npgsql's binary COPY reader on the table of generated firms that <c>.ci/postgres.sh</c>
/// loads: the population equals the one the JSON Lines reader makes of the same firms.
/// </summary>
public class PostgresPopulationTests
{
    private static readonly NodaTime.LocalDate AsOf = new(2023, 6, 30);

    [PostgresFact]
    public async Task ReadAsync_OrderedQuery_EqualsTheJsonLinesReadersPopulation()
    {
        await using var connection = await OpenAsync();
        var (seed, count) = await SeedAsync(connection);
        var catalog = SyntheticCatalog.Generate(seed);
        var generated = SyntheticProfiles.Generate(catalog, seed, count).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var jsonl = new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(generated.Select(p => ProfileJson.Write(p) + "\n"))));
        var expected = PopulationReader.ReadJsonLines(jsonl, catalog.Schema, "firms.jsonl");

        var read = await PostgresPopulation.ReadAsync(connection, "SELECT * FROM firms ORDER BY id COLLATE \"C\"", catalog.Schema);

        read.ShouldEqual(expected, catalog, AsOf);
        new PopulationEvaluator(catalog).Simulate(read, AsOf).Totals.FirmsWithAward.Should().BePositive("the generated firms must exercise the awards");
    }

    [PostgresFact]
    public async Task ReadAsync_TableName_ReadsEveryFirm()
    {
        await using var connection = await OpenAsync();
        var (seed, count) = await SeedAsync(connection);

        var read = await PostgresPopulation.ReadAsync(connection, "firms", SyntheticCatalog.Generate(seed).Schema);

        read.Count.Should().Be(count);
    }

    [PostgresFact]
    public async Task ReadAsync_FloatingPointMoney_RefusesTheColumnBeforeAnyRow()
    {
        await using var connection = await OpenAsync();

        var act = () => PostgresPopulation.ReadAsync(connection,
            """SELECT id, "enterprise.employees"::double precision AS "enterprise.annualOutput" FROM firms""", FactSchema.Standard, "firms");

        var e = (await act.Should().ThrowExactlyAsync<ProfileFormatException>()).Which;
        e.Location.Should().Be("enterprise.annualOutput");
        e.Reason.Should().Be("column 2: database type double precision cannot hold a fact of type Money; expected numeric: a floating-point column cannot hold an exact amount; cast it to numeric.");
    }

    [PostgresFact]
    public async Task ReadAsync_ValueThatDoesNotFit_NamesRowAndColumn()
    {
        await using var connection = await OpenAsync();

        var act = () => PostgresPopulation.ReadAsync(connection,
            """SELECT * FROM (VALUES ('a', 3::numeric, 'above-designated'), ('b', 2.5::numeric, 'below-designated')) AS v(id, "enterprise.employees", "enterprise.scale")""",
            FactSchema.Standard, "firms");

        var e = (await act.Should().ThrowExactlyAsync<ProfileFormatException>()).Which;
        e.SourceName.Should().Be("firms");
        e.Location.Should().Be("enterprise.employees");
        e.Reason.Should().Be("row 2, column 2: a value of database type numeric (2.5) for a fact of type Integer; expected an integer (or a numeric with no fraction).");
    }

    [PostgresFact]
    public async Task ReadAsync_UnknownColumn_SaysWhichFactWasMeant()
    {
        await using var connection = await OpenAsync();

        var act = () => PostgresPopulation.ReadAsync(connection, """SELECT 1::bigint AS "enterprise.employes" """, FactSchema.Standard);

        var e = (await act.Should().ThrowExactlyAsync<ProfileFormatException>()).Which;
        e.Reason.Should().Be("column 1: unknown fact 'enterprise.employes'; did you mean 'enterprise.employees'?");
    }

    [PostgresFact]
    public async Task ReadAsync_NeitherTableNorQuery_IsRefused()
    {
        await using var connection = await OpenAsync();

        var act = () => PostgresPopulation.ReadAsync(connection, "firms; DROP TABLE firms", FactSchema.Standard);

        await act.Should().ThrowExactlyAsync<ArgumentException>().WithMessage("*neither a table name*");
    }

    [PostgresFact]
    public async Task ReadAsync_Cancelled_ThrowsAndTheConnectionStaysUsable()
    {
        await using var connection = await OpenAsync();
        var (seed, _) = await SeedAsync(connection);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var act = () => PostgresPopulation.ReadAsync(connection, "firms", SyntheticCatalog.Generate(seed).Schema, cancellationToken: cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        (await SeedAsync(connection)).Seed.Should().Be(seed);
    }

    internal static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    internal static async Task<(int Seed, int Count)> SeedAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT seed, firms FROM policykit_population", connection);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue("the seeding script records the seed and the number of firms");
        return (reader.GetInt32(0), reader.GetInt32(1));
    }
}
