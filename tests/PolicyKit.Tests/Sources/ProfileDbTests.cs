using System.Data;
using PolicyKit.Facts;
using PolicyKit.Formats;
using PolicyKit.Sources;
using PolicyKit.Tests.Support;

namespace PolicyKit.Tests.Sources;

/// <summary>ProfileDb over the in-box DataTableReader; the PostgreSQL test reads a real server.</summary>
public class ProfileDbTests
{
    private static readonly FactSchema Schema = ProfileSources.Schema;

    private static DataTable Table(params (string Name, Type Type)[] columns)
    {
        var table = new DataTable();
        foreach (var (name, type) in columns)
        {
            table.Columns.Add(name, type);
        }

        return table;
    }

    [Fact]
    public void ReadRows_TypedColumns_GiveTheseFacts()
    {
        var table = Table(("id", typeof(long)), ("enterprise.employees", typeof(int)), ("enterprise.annualOutput", typeof(decimal)),
            ("enterprise.smallLowProfit", typeof(bool)), ("synthetic.foundedOn", typeof(DateTime)), ("enterprise.industries", typeof(string[])),
            ("enterprise.certifications", typeof(string)), ("enterprise.district", typeof(string)), ("enterprise.name", typeof(string)));
        table.Rows.Add(7L, 50, 1234.50m, true, new DateTime(2020, 2, 29), new[] { "finance", "biomedicine" }, "unicorn:2023-05-10:", "370212", "");
        table.Rows.Add(8L, DBNull.Value, DBNull.Value, DBNull.Value, DBNull.Value, Array.Empty<string>(), DBNull.Value, DBNull.Value, DBNull.Value);

        using var reader = table.CreateDataReader();
        var rows = ProfileDb.ReadRows(reader, Schema).ToList();

        rows[0].Id.Should().Be("7");
        rows[0].Get(StandardFacts.Employees).AsInteger().Should().Be(50);
        rows[0].Get(StandardFacts.AnnualOutput).Should().Be(FactValue.Money(1234.5m));
        rows[0].Get(StandardFacts.SmallLowProfit).AsBool().Should().BeTrue();
        rows[0].Get("synthetic.foundedOn").AsDate().Should().Be(new NodaTime.LocalDate(2020, 2, 29));
        rows[0].Get(StandardFacts.Industries).AsCodeSet().Should().Equal("biomedicine", "finance");
        rows[0].Get(StandardFacts.Certifications).AsCertifications().Should().Equal(new Certification("unicorn", new(2023, 5, 10)));
        rows[0].Get(StandardFacts.District).AsString().Should().Be("370212");
        rows[0].Get(StandardFacts.Name).AsString().Should().BeEmpty();
        rows[1].KnownFacts.Select(p => p.Key.Id).Should().Equal("enterprise.industries");
        rows[1].Get(StandardFacts.Industries).AsCodeSet().Should().BeEmpty();
    }

    [Fact]
    public void ReadRows_GeneratedPopulationAsText_EqualsTheProfiles()
    {
        var profiles = ProfileSources.Generate(500, seed: 5);
        var table = new DataTable();
        table.Columns.Add("id", typeof(string));
        foreach (var fact in Schema.Facts)
        {
            table.Columns.Add(fact.Id, typeof(string));
        }

        foreach (var profile in profiles)
        {
            table.Rows.Add([profile.Id, .. Schema.Facts.Select(f => profile.Get(f.Id) is { IsKnown: true } v ? (object)CsvText(f, v) : DBNull.Value)]);
        }

        using var reader = table.CreateDataReader();
        ProfileSources.ShouldEqual(ProfileDb.ReadRows(reader, Schema).ToList(), profiles);
    }

    private static string CsvText(FactDefinition fact, FactValue value) => fact.Type switch
    {
        FactType.Text => value.AsString(),
        FactType.CodeSet or FactType.Certifications when ProfileCsvWriter.Cell(fact, value) == "\"\"" => "",
        _ => ProfileCsvWriter.Cell(fact, value),
    };

    [Theory]
    [InlineData("enterprise.annualOutput", typeof(double), 1.5, "row 2, column 2: a value of database type Double (1.5) for a fact of type Money; expected numeric: a floating-point column cannot hold an exact amount; cast it to numeric.")]
    [InlineData("enterprise.employees", typeof(decimal), 2.5, "row 2, column 2: a value of database type Decimal (2.5) for a fact of type Integer; expected an integer (or a numeric with no fraction).")]
    [InlineData("enterprise.employees", typeof(string), "many", "row 2, column 2: expected a whole number, found 'many'.")]
    [InlineData("enterprise.scale", typeof(string), "huge", "row 2, column 2: 'huge' is not a code of fact 'enterprise.scale'; expected one of above-designated, below-designated.")]
    [InlineData("synthetic.foundedOn", typeof(DateTime), "2020-01-01T10:00:00", "row 2, column 2: a value of database type DateTime (2020-01-01T10:00:00.0000000) for a fact of type Date; expected a date (a timestamp must be at midnight).")]
    [InlineData("project.investment", typeof(decimal), -1000000, "row 2, column 2: -1000000 is negative, but fact 'project.investment' is money, an amount of zero or more yuan; a value that can be negative is declared as a decimal fact.")]
    public void ReadRows_ValueThatDoesNotFit_ThrowsWithRowAndColumn(string column, Type type, object bad, string reason)
    {
        var table = Table(("id", typeof(string)), (column, type));
        table.Rows.Add("a", DBNull.Value);
        table.Rows.Add("b", type == typeof(DateTime) ? DateTime.Parse((string)bad, System.Globalization.CultureInfo.InvariantCulture) : Convert.ChangeType(bad, type, System.Globalization.CultureInfo.InvariantCulture));

        using var reader = table.CreateDataReader();
        var act = () => ProfileDb.ReadRows(reader, Schema, "firms").ToList();

        var e = act.Should().ThrowExactly<ProfileFormatException>().Which;
        e.SourceName.Should().Be("firms");
        e.Location.Should().Be(column);
        e.Reason.Should().Be(reason);
        e.Message.Should().Be($"firms: {column}: {reason}");
    }

    [Fact]
    public void ReadRows_ColumnThatIsNoFact_ThrowsBeforeAnyRow()
    {
        var table = Table(("id", typeof(string)), ("enterprise.employes", typeof(int)));
        table.Rows.Add("a", 1);
        using var reader = table.CreateDataReader();

        var act = () => ProfileDb.ReadRows(reader, Schema).ToList();

        act.Should().ThrowExactly<ProfileFormatException>().Which.Reason
            .Should().Be("column 2: unknown fact 'enterprise.employes'; did you mean 'enterprise.employees'?");
    }
}
