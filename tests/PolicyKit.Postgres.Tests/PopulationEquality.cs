using NodaTime;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Populations;
using PolicyKit.Simulation;

namespace PolicyKit.Postgres.Tests;

/// <summary>Two populations are equal here when every firm gets every verdict alike, their simulations print alike and their columns take the same bytes.</summary>
internal static class PopulationEquality
{
    public static void ShouldEqual(this Population actual, Population expected, PolicyCatalog catalog, LocalDate asOf)
    {
        actual.Count.Should().Be(expected.Count);
        actual.ColumnBytes.Should().Be(expected.ColumnBytes, "the same values narrow to the same columns");
        var evaluator = new PopulationEvaluator(catalog);
        var a = evaluator.MatchVerdicts(actual, asOf);
        var e = evaluator.MatchVerdicts(expected, asOf);
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

        SimulationJson.Write(evaluator.Simulate(actual, asOf)).Should().Be(SimulationJson.Write(evaluator.Simulate(expected, asOf)));
    }
}
