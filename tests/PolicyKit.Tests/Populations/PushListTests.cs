using System.Text;
using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Outputs;
using PolicyKit.Populations;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Tests.Populations;

public class PushListTests
{
    private static (PopulationDecisions Decisions, Model.PolicyCatalog Catalog) Decided()
    {
        var catalog = SyntheticCatalog.Generate(9, 20, new SyntheticOptions { LaterForms = true });
        var population = Population.From(catalog.Schema, SyntheticProfiles.Generate(catalog, 9, 400, 0.2));
        return (new PopulationEvaluator(catalog).Decide(population, new LocalDate(2023, 6, 30)), catalog);
    }

    [Fact]
    public void Build_ListsTheFirmsOfEachItemWithTheirFiguresAndSummary()
    {
        var (decisions, catalog) = Decided();
        var ids = catalog.Policies.Select(p => p.Id).Where((_, i) => decisions.IsInForce(i)).Take(3).ToList();

        var list = PushList.Build(decisions, catalog, ids, PushVerdicts.Undetermined, [.. Enumerable.Range(0, decisions.Count).Select(i => $"firm-{i}")]);

        list.Items.Select(i => i.PolicyId).Should().Equal(ids);
        var rows = list.Rows().ToList();
        rows.Should().OnlyContain(r => r.Verdict == VerdictCode.Undetermined && r.Question != null && r.FirmId == $"firm-{r.Firm}");
        foreach (var item in list.Items)
        {
            var p = decisions.PolicyIds.IndexOf(item.PolicyId);
            rows.Count(r => r.PolicyId == item.PolicyId).Should().Be(item.Undetermined);
            item.Eligible.Should().Be(decisions.CountOf(p, VerdictCode.Eligible));
            item.UpTo.Should().Be(rows.Where(r => r.PolicyId == item.PolicyId).Sum(r => r.UpTo ?? 0m));
            item.Amount.Should().Be(decisions.FirmsWith(p, VerdictCode.Eligible).Sum(f => decisions.Amount(p, f) ?? 0m));
        }

        list.ClosedRows().Should().BeEmpty("synthetic items state no application window");
    }

    [Fact]
    public void Writers_WriteAHeaderAndOneLinePerRow()
    {
        var (decisions, catalog) = Decided();
        var list = PushList.Build(decisions, catalog, [.. catalog.Policies.Select(p => p.Id)]);
        var csv = new StringWriter();
        var summary = new StringWriter();
        var json = new MemoryStream();
        var all = new StringWriter();
        var firms = new StringWriter();

        PushListCsv.WriteRows(list, csv);
        PushListCsv.WriteSummary(list, summary);
        PushListJson.Write(list, json);
        DecisionsCsv.WriteRows(decisions, all, DecisionRowFilter.All);
        DecisionsCsv.WriteFirms(decisions, firms);

        var rows = list.Rows().Count();
        csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(rows + 1).And.StartWith(PushListCsv.RowHeader);
        summary.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(list.Items.Length + 1);
        var lines = Encoding.UTF8.GetString(json.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(list.Items.Length + rows);
        lines.Should().OnlyContain(l => System.Text.Json.JsonDocument.Parse(l, default).RootElement.ValueKind == System.Text.Json.JsonValueKind.Object);
        lines[0].Should().Contain("\"application\":\"未载明\"");
        all.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + decisions.Rows(DecisionRowFilter.All).Count());
        firms.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + decisions.Count);
    }
}
