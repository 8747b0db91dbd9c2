using Npgsql;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Outputs;
using PolicyKit.Populations;
using PolicyKit.Simulation;
using PolicyKit.Sources;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Postgres.Tests;

/// <summary>
/// Reads the table of generated firms that <c>.ci/postgres.sh</c> loads (columns named by fact
/// id, typed bigint, numeric, boolean, date, text and text[]) through Npgsql into profiles, and
/// checks they equal the profiles the same seed generates.
/// </summary>
public class PostgresProfileTests
{
    [PostgresFact]
    public async Task ReadRows_FirmsTable_EqualsTheGeneratedProfiles()
    {
        await using var data = NpgsqlDataSource.Create(PostgresFactAttribute.ConnectionString);
        var (seed, count) = await Population(data);
        var catalog = SyntheticCatalog.Generate(seed);
        var expected = SyntheticProfiles.Generate(catalog, seed, count).ToDictionary(p => p.Id!, StringComparer.Ordinal);

        await using var command = data.CreateCommand("SELECT * FROM firms");
        await using var reader = await command.ExecuteReaderAsync();
        var read = ProfileDb.ReadRows(reader, catalog.Schema, "firms").ToList();

        read.Should().HaveCount(count);
        read.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        foreach (var profile in read)
        {
            expected.Should().ContainKey(profile.Id!);
            profile.ContentEquals(expected[profile.Id!]).Should().BeTrue("firm {0} should read back as generated", profile.Id);
        }

        read.Should().Contain(p => p.Get(StandardFacts.Industries).IsKnown && p.Get(StandardFacts.Industries).AsCodeSet().IsEmpty, "empty sets travel as empty arrays");
        read.Should().Contain(p => !p.Get(StandardFacts.AnnualOutput).IsKnown, "NULL is unknown");
    }

    [PostgresFact]
    public async Task Population_FromTheFirmsTable_SimulatesLikeTheGeneratedProfiles()
    {
        await using var data = NpgsqlDataSource.Create(PostgresFactAttribute.ConnectionString);
        var (seed, count) = await Population(data);
        var catalog = SyntheticCatalog.Generate(seed);
        var generated = SyntheticProfiles.Generate(catalog, seed, count).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var asOf = new NodaTime.LocalDate(2023, 6, 30);
        var evaluator = new PopulationEvaluator(catalog);

        await using var command = data.CreateCommand("SELECT * FROM firms ORDER BY id COLLATE \"C\"");
        await using var reader = await command.ExecuteReaderAsync();
        var population = global::PolicyKit.Sources.PopulationReader.Read(reader, catalog.Schema, "firms");

        population.Count.Should().Be(count);
        var expected = evaluator.Simulate(global::PolicyKit.Populations.Population.From(catalog.Schema, generated), asOf);
        SimulationJson.Write(evaluator.Simulate(population, asOf)).Should().Be(SimulationJson.Write(expected));
        expected.Totals.FirmsWithAward.Should().BePositive("the generated firms must exercise the awards");
    }

    [PostgresFact]
    public async Task ReadRowsAsync_TypeThatCannotHoldTheFact_ThrowsWithRowAndColumn()
    {
        await using var data = NpgsqlDataSource.Create(PostgresFactAttribute.ConnectionString);
        await using var command = data.CreateCommand(
            """SELECT id, "enterprise.employees"::double precision AS "enterprise.annualOutput" FROM firms WHERE "enterprise.employees" IS NOT NULL ORDER BY id LIMIT 3""");
        await using var reader = await command.ExecuteReaderAsync();

        var act = async () => await ProfileDb.ReadRowsAsync(reader, FactSchema.Standard, "firms").ToListAsync();

        var e = (await act.Should().ThrowExactlyAsync<ProfileFormatException>()).Which;
        e.Location.Should().Be("enterprise.annualOutput");
        e.Reason.Should().StartWith("row 1, column 2: a value of database type double precision (")
            .And.EndWith("for a fact of type Money; expected numeric: a floating-point column cannot hold an exact amount; cast it to numeric.");
    }

    private static async Task<(int Seed, int Count)> Population(NpgsqlDataSource data)
    {
        await using var command = data.CreateCommand("SELECT seed, firms FROM policykit_population");
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue("the seeding script records the seed and the number of firms");
        return (reader.GetInt32(0), reader.GetInt32(1));
    }
}
