using System.Text;
using DuckDB.NET.Data;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Populations;
using PolicyKit.Simulation;
using PolicyKit.Sources;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.DuckDb.Tests;

/// <summary>
/// A population from files a platform exports, read by DuckDB (embedded, in-process) and handed to
/// <see cref="PopulationReader.ReadAsync(System.Data.Common.DbDataReader, FactSchema, string?, CancellationToken)"/>:
/// a CSV file, and a Parquet file DuckDB writes from the same generated firms; both equal the
/// population the JSON Lines reader makes of them.
/// </summary>
public sealed class DuckDbPopulationTests : IDisposable
{
    private const int Seed = 7;
    private const int Firms = 3000;
    private static readonly NodaTime.LocalDate AsOf = new(2023, 6, 30);
    private readonly string _directory = Directory.CreateTempSubdirectory("policykit-duckdb-").FullName;
    private readonly PolicyCatalog _catalog = SyntheticCatalog.Generate(Seed);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task CsvThroughDuckDb_EqualsTheJsonLinesReadersPopulation()
    {
        var csv = WriteCsv();
        await using var connection = Open();

        var read = await ReadAsync(connection, $"{Typed(csv)} ORDER BY id");

        read.Count.Should().Be(Firms);
        ShouldEqual(read, Expected());
    }

    [Fact]
    public async Task ParquetWrittenByDuckDb_EqualsTheJsonLinesReadersPopulation()
    {
        var csv = WriteCsv();
        var parquet = Path.Combine(_directory, "firms.parquet");
        await using var connection = Open();
        await using (var copy = connection.CreateCommand())
        {
            copy.CommandText = $"COPY ({Typed(csv)}) TO '{parquet}' (FORMAT parquet)";
            await copy.ExecuteNonQueryAsync();
        }

        var read = await ReadAsync(connection, $"SELECT * FROM read_parquet('{parquet}') ORDER BY id");

        ShouldEqual(read, Expected());
        new FileInfo(parquet).Length.Should().BeLessThan(new FileInfo(csv).Length, "the Parquet file is columnar and compressed");
    }

    [Fact]
    public async Task FloatingPointMoneyFromParquet_IsRefusedWithRowAndColumn()
    {
        await using var connection = Open();

        var act = () => ReadAsync(connection, """SELECT 'a' AS id, 12.5::DOUBLE AS "enterprise.annualOutput" """);

        var e = (await act.Should().ThrowExactlyAsync<ProfileFormatException>()).Which;
        e.Location.Should().Be("enterprise.annualOutput");
        e.Reason.Should().StartWith("row 1, column 2: a value of database type ").And.EndWith(
            "for a fact of type Money; expected numeric: a floating-point column cannot hold an exact amount; cast it to numeric.");
    }

    private async Task<Population> ReadAsync(DuckDBConnection connection, string query)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        await using var reader = await command.ExecuteReaderAsync();
        return await PopulationReader.ReadAsync(reader, _catalog.Schema, "firms");
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private string WriteCsv()
    {
        var path = Path.Combine(_directory, "firms.csv");
        using var file = File.Create(path);
        ProfileCsv.Write(SyntheticProfiles.Generate(_catalog, Seed, Firms), file, _catalog.Schema);
        return path;
    }

    /// <summary>The CSV read as text, each column cast to its fact's type (sets as lists; a quoted empty cell is the empty list).</summary>
    private string Typed(string csv)
    {
        var columns = _catalog.Schema.Facts.Select(f =>
        {
            var c = "\"" + f.Id + "\"";
            var cast = f.Type switch
            {
                FactType.Bool => c + "::BOOLEAN",
                FactType.Integer => c + "::BIGINT",
                FactType.Decimal or FactType.Money => c + "::DECIMAL(38,6)",
                FactType.Date => c + "::DATE",
                FactType.CodeSet or FactType.Certifications => $"CASE WHEN {c} = '' THEN []::VARCHAR[] ELSE string_split({c}, '|') END",
                _ => c,
            };
            return cast + " AS " + c;
        });
        return $"SELECT id, {string.Join(", ", columns)} FROM read_csv('{csv}', header = true, all_varchar = true, allow_quoted_nulls = false)";
    }

    private Population Expected()
    {
        var profiles = SyntheticProfiles.Generate(_catalog, Seed, Firms).OrderBy(p => p.Id, StringComparer.Ordinal);
        var jsonl = new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(profiles.Select(p => ProfileJson.Write(p) + "\n"))));
        return PopulationReader.ReadJsonLines(jsonl, _catalog.Schema, "firms.jsonl");
    }

    private void ShouldEqual(Population actual, Population expected)
    {
        actual.Count.Should().Be(expected.Count);
        actual.ColumnBytes.Should().Be(expected.ColumnBytes, "the same values narrow to the same columns");
        var evaluator = new PopulationEvaluator(_catalog);
        var a = evaluator.MatchVerdicts(actual, AsOf);
        var e = evaluator.MatchVerdicts(expected, AsOf);
        for (var policy = 0; policy < a.PolicyIds.Length; policy++)
        {
            for (var firm = 0; firm < actual.Count; firm++)
            {
                if (a[policy, firm] != e[policy, firm])
                {
                    a[policy, firm].Should().Be(e[policy, firm], "firm {0} on {1}", firm, a.PolicyIds[policy]);
                }
            }
        }

        SimulationJson.Write(evaluator.Simulate(actual, AsOf)).Should().Be(SimulationJson.Write(evaluator.Simulate(expected, AsOf)));
        evaluator.Simulate(actual, AsOf).Totals.FirmsWithAward.Should().BePositive("the generated firms must exercise the awards");
    }
}
