using System.Text;
using NodaTime;
using PolicyKit.Formats;
using PolicyKit.Outputs;
using PolicyKit.Populations;
using PolicyKit.Simulation;
using PolicyKit.Sources;
using PolicyKit.Testing.Synthetic;

namespace PolicyKit.Tests.Populations;

/// <summary>
/// The file sources of specification §10 yield the population their profiles make, and a bad row loads nothing.
/// The data-reader source is tested against a real PostgreSQL server in tests/PolicyKit.Postgres.Tests.
/// </summary>
public class PopulationSourcesTests
{
    private static readonly global::PolicyKit.Model.PolicyCatalog Catalog = SyntheticCatalog.Generate(7, 30);
    private static readonly List<global::PolicyKit.Profiles.EnterpriseProfile> Firms = SyntheticProfiles.Generate(Catalog, 7, 3_000, 0.1).ToList();
    private static readonly LocalDate AsOf = new(2023, 6, 30);

    private static string Simulated(Population population) =>
        SimulationJson.Write(new PopulationEvaluator(Catalog).Simulate(population, AsOf), indented: false);

    private static readonly string Expected = Simulated(Population.From(Catalog.Schema, Firms));

    [Fact]
    public void ReadJsonLines_SimulatesLikeTheProfiles()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', Firms.Select(f => ProfileJson.Write(f)))));

        var population = PopulationReader.ReadJsonLines(stream, Catalog.Schema, "firms.jsonl");

        population.Count.Should().Be(Firms.Count);
        Simulated(population).Should().Be(Expected);
    }

    [Fact]
    public void ReadCsv_SimulatesLikeTheProfiles()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ProfileCsv.Write(Firms, Catalog.Schema)));

        var population = PopulationReader.ReadCsv(stream, Catalog.Schema, "firms.csv");

        population.Count.Should().Be(Firms.Count);
        Simulated(population).Should().Be(Expected);
    }

    [Fact]
    public void ReadCsv_BadRow_ThrowsNamingLineAndColumn_AndLoadsNothing()
    {
        var csv = "enterprise.employees,enterprise.district\n12,370212\nmany,370212\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        var read = () => PopulationReader.ReadCsv(stream, Catalog.Schema, "firms.csv");

        read.Should().ThrowExactly<ProfileFormatException>().Which.Message.Should().Contain("firms.csv(3,").And.Contain("enterprise.employees");
    }
}
