using Npgsql;
using PolicyKit.Catalogs.Qingdao;
using PolicyKit.Evaluation;
using PolicyKit.Npgsql;

namespace PolicyKit.Postgres.Tests;

/// <summary>
/// Write-back through binary COPY into a real table: a re-run replaces its own rows and nothing
/// else, and a run that fails or is cancelled midway leaves the previous rows as they were.
/// </summary>
public class PostgresDecisionsTests
{
    private static readonly DecisionRun Tonight = new("qingdao-reference", "2024.1", "abc", new NodaTime.LocalDate(2024, 5, 1));
    private static readonly DecisionRun OtherDay = Tonight with { AsOf = new NodaTime.LocalDate(2024, 4, 30) };
    private static readonly DecisionRun OtherVersion = Tonight with { CatalogVersion = "2023.2" };

    [PostgresFact]
    public async Task WriteAsync_ReadsBackExactlyWhatWasWritten()
    {
        await using var connection = await PostgresPopulationTests.OpenAsync();
        var table = await NewTableAsync(connection);
        DecisionRecord[] rows =
        [
            new("91370200A", "p1", Verdict.Eligible, 1234.56m, 1234.56m, true, null),
            new("91370200A", "p2", Verdict.Undetermined, null, 3_000_000m, false, "enterprise.certifications"),
            new("91370200B", "p1", Verdict.Ineligible, null, null, false, null),
        ];

        var written = await PostgresDecisions.WriteAsync(connection, Tonight, rows, table);

        written.Should().Be(3);
        (await RowsAsync(connection, table, Tonight)).Should().Equal(rows);
        (await HashesAsync(connection, table)).Should().Equal("abc");
    }

    [PostgresFact]
    public async Task WriteAsync_ReRun_ReplacesItsOwnRowsAndNoOthers()
    {
        await using var connection = await PostgresPopulationTests.OpenAsync();
        var table = await NewTableAsync(connection);
        await PostgresDecisions.WriteAsync(connection, Tonight, Rows("first", 50), table);
        await PostgresDecisions.WriteAsync(connection, OtherDay, Rows("yesterday", 20), table);
        await PostgresDecisions.WriteAsync(connection, OtherVersion, Rows("old-version", 10), table);

        await PostgresDecisions.WriteAsync(connection, Tonight, Rows("second", 30), table);
        await PostgresDecisions.WriteAsync(connection, Tonight, Rows("second", 30), table);

        (await RowsAsync(connection, table, Tonight)).Should().Equal(Rows("second", 30), "a re-run replaces its own rows, however often");
        (await RowsAsync(connection, table, OtherDay)).Should().Equal(Rows("yesterday", 20), "another as-of date is another run");
        (await RowsAsync(connection, table, OtherVersion)).Should().Equal(Rows("old-version", 10), "another catalog version is another run");
    }

    [PostgresFact]
    public async Task WriteAsync_SourceThrowsMidway_LeavesThePreviousRows()
    {
        await using var connection = await PostgresPopulationTests.OpenAsync();
        var table = await NewTableAsync(connection);
        await PostgresDecisions.WriteAsync(connection, Tonight, Rows("last-night", 40), table);

        var act = () => PostgresDecisions.WriteAsync(connection, Tonight, Failing(Rows("tonight", 5000), after: 3000), table);

        await act.Should().ThrowExactlyAsync<InvalidOperationException>().WithMessage("the evaluation failed");
        (await RowsAsync(connection, table, Tonight)).Should().Equal(Rows("last-night", 40));
        await PostgresDecisions.WriteAsync(connection, Tonight, Rows("retry", 7), table);
        (await RowsAsync(connection, table, Tonight)).Should().Equal(Rows("retry", 7), "the connection is usable after the rollback");
    }

    [PostgresFact]
    public async Task WriteAsync_CancelledMidway_LeavesThePreviousRows()
    {
        await using var connection = await PostgresPopulationTests.OpenAsync();
        var table = await NewTableAsync(connection);
        await PostgresDecisions.WriteAsync(connection, Tonight, Rows("last-night", 40), table);
        using var cancel = new CancellationTokenSource();

        var act = () => PostgresDecisions.WriteAsync(connection, Tonight, CancellingAfter(Rows("tonight", 5000), 2500, cancel), table, cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        (await RowsAsync(connection, table, Tonight)).Should().Equal(Rows("last-night", 40));
    }

    [PostgresFact]
    public async Task WriteAsync_SameFirmAndItemTwice_IsRefusedByTheKeyAndChangesNothing()
    {
        await using var connection = await PostgresPopulationTests.OpenAsync();
        var table = await NewTableAsync(connection);
        await PostgresDecisions.WriteAsync(connection, Tonight, Rows("last-night", 3), table);
        var twice = Rows("tonight", 3).Concat(Rows("tonight", 1));

        var act = () => PostgresDecisions.WriteAsync(connection, Tonight, twice, table);

        (await act.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.UniqueViolation);
        (await RowsAsync(connection, table, Tonight)).Should().Equal(Rows("last-night", 3));
    }

    [PostgresFact]
    public async Task FromReport_TheSampleFirmsReport_WritesOneRowPerItemWithItsQuestion()
    {
        await using var connection = await PostgresPopulationTests.OpenAsync();
        var table = await NewTableAsync(connection);
        var catalog = QingdaoCatalogs.Reference;
        var asOf = new NodaTime.LocalDate(2023, 6, 30);
        var report = new PolicyEvaluator(catalog).Evaluate(QingdaoCatalogs.SampleProfile, asOf);
        var rows = DecisionRecord.FromReport("sample", report, catalog).ToList();

        await PostgresDecisions.WriteAsync(connection, DecisionRun.Of(catalog, asOf), rows, table);

        var back = await RowsAsync(connection, table, DecisionRun.Of(catalog, asOf));
        back.Should().BeEquivalentTo(rows);
        back.Select(r => r.PolicyId).Should().BeEquivalentTo(report.Decisions.Select(d => d.PolicyId));
        var undetermined = back.Where(r => r.Verdict == Verdict.Undetermined).ToList();
        undetermined.Should().NotBeEmpty("the sample firm leaves some items open");
        undetermined.Should().OnlyContain(r => r.NextQuestion != null && report.Find(r.PolicyId)!.MissingFacts.Contains(r.NextQuestion));
        back.Where(r => r.Verdict != Verdict.Undetermined).Should().OnlyContain(r => r.NextQuestion == null);
        back.Where(r => r.Verdict != Verdict.Eligible).Should().OnlyContain(r => r.Amount == null);
    }

    [Fact]
    public void FromDecisions_GivesForEveryFirmWhatFromReportGivesForItsReport()
    {
        // Synthetic firms (the benchmarks' generator) on the reference catalog, with facts left unknown.
        var catalog = QingdaoCatalogs.Reference;
        var asOf = new NodaTime.LocalDate(2023, 6, 30);
        var profiles = Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? QingdaoCatalogs.SampleProfile : PolicyKit.Profiles.EnterpriseProfile.CreateBuilder(catalog.Schema).Build()).ToList();
        var ids = profiles.Select((_, i) => $"firm-{i:D4}").ToList();
        var decisions = new PolicyKit.Populations.PopulationEvaluator(catalog).Decide(PolicyKit.Populations.Population.From(catalog.Schema, profiles), asOf);
        var evaluator = new PolicyEvaluator(catalog);

        var columnar = DecisionRecord.FromDecisions(decisions, ids, PolicyKit.Populations.DecisionRowFilter.All).ToList();
        var perProfile = profiles.SelectMany((p, i) => DecisionRecord.FromReport(ids[i], evaluator.Evaluate(p, asOf), catalog)).ToList();

        columnar.Should().NotBeEmpty();
        columnar.Should().BeEquivalentTo(perProfile, o => o.WithStrictOrdering());
        var act = () => DecisionRecord.FromDecisions(decisions, ids.Take(10).ToList());
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CreateTableSql_NotATableName_IsRefused()
    {
        var act = () => PostgresDecisions.CreateTableSql("decisions; DROP TABLE firms");

        act.Should().Throw<ArgumentException>();
    }

    private static List<DecisionRecord> Rows(string tag, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new DecisionRecord(
            $"firm-{i:D5}", "policy-" + tag, (Verdict)(i % 3), i % 3 == 0 ? i * 100.25m : null, i % 3 == 1 ? null : i * 1000m, i % 7 == 0, i % 3 == 2 ? "enterprise.employees" : null))];

    private static IEnumerable<DecisionRecord> Failing(IEnumerable<DecisionRecord> rows, int after)
    {
        var n = 0;
        foreach (var row in rows)
        {
            if (n++ == after)
            {
                throw new InvalidOperationException("the evaluation failed");
            }

            yield return row;
        }
    }

    private static IEnumerable<DecisionRecord> CancellingAfter(IEnumerable<DecisionRecord> rows, int after, CancellationTokenSource cancel)
    {
        var n = 0;
        foreach (var row in rows)
        {
            if (n++ == after)
            {
                cancel.Cancel();
            }

            yield return row;
        }
    }

    private static async Task<string> NewTableAsync(NpgsqlConnection connection)
    {
        var table = "decisions_" + Guid.NewGuid().ToString("N")[..12];
        await PostgresDecisions.CreateTableAsync(connection, table);
        return table;
    }

    private static async Task<List<DecisionRecord>> RowsAsync(NpgsqlConnection connection, string table, DecisionRun run)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT firm_id, policy_id, verdict, amount_yuan, up_to_yuan, capped, next_question FROM {table} WHERE catalog_id = $1 AND catalog_version = $2 AND as_of = $3 ORDER BY firm_id, policy_id", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { Value = run.CatalogId });
        command.Parameters.Add(new NpgsqlParameter<string> { Value = run.CatalogVersion });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { Value = run.AsOf.ToDateOnly() });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<DecisionRecord>();
        while (await reader.ReadAsync())
        {
            var verdict = reader.GetString(2) switch { "eligible" => Verdict.Eligible, "ineligible" => Verdict.Ineligible, _ => Verdict.Undetermined };
            rows.Add(new DecisionRecord(
                reader.GetString(0), reader.GetString(1), verdict,
                reader.IsDBNull(3) ? null : reader.GetDecimal(3),
                reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                reader.GetBoolean(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return rows;
    }

    private static async Task<List<string>> HashesAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT DISTINCT catalog_hash FROM {table}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var hashes = new List<string>();
        while (await reader.ReadAsync())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    }
}
