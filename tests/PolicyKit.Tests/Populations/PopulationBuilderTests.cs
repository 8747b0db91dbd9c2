using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Populations;
using PolicyKit.Populations.Columns;
using PolicyKit.Profiles;

namespace PolicyKit.Tests.Populations;

public class PopulationBuilderTests
{
    private static EnterpriseProfile Firm(Action<EnterpriseProfileBuilder> set)
    {
        var builder = EnterpriseProfile.CreateBuilder();
        set(builder);
        return builder.Build();
    }

    [Fact]
    public void Build_NumbersAtTheNarrowestWidth_AndAbsentFactsTakeNoColumn()
    {
        var population = Population.From(FactSchema.Standard,
        [
            Firm(b => b.Set(StandardFacts.Employees, 120L).Set(StandardFacts.AnnualOutput, 300_000_000.5m).Set(StandardFacts.SmallLowProfit, true)),
            Firm(b => b.Set(StandardFacts.Employees, 7L).Set(StandardFacts.AnnualOutput, 12m)),
        ]);

        var employees = (NumberColumn)population.ColumnOf(StandardFacts.Employees.Id)!;
        var output = (NumberColumn)population.ColumnOf(StandardFacts.AnnualOutput.Id)!;
        employees.Storage.Should().Be(NumberStorage.Byte);
        output.Storage.Should().Be(NumberStorage.Int64);
        output.Scale.Should().Be(1);
        output.ValueAt(0).Should().Be(300_000_000.5m);
        output.ValueAt(1).Should().Be(12m);
        ((NumberColumn)population.ColumnOf(StandardFacts.SmallLowProfit.Id)!).IsKnown(1).Should().BeFalse();
        population.ColumnOf(StandardFacts.Name.Id).Should().BeNull();
    }

    [Fact]
    public void Build_ValuesBeyondNinePlacesOrLongRange_StayDecimal()
    {
        var population = Population.From(FactSchema.Standard,
        [
            Firm(b => b.Set(StandardFacts.ProjectSiteArea, 1.5m)),
            Firm(b => b.Set(StandardFacts.ProjectSiteArea, 0.0000000001m)),
        ]);

        var column = (NumberColumn)population.ColumnOf(StandardFacts.ProjectSiteArea.Id)!;
        column.Storage.Should().Be(NumberStorage.Decimal);
        column.ValueAt(0).Should().Be(1.5m);
        column.ValueAt(1).Should().Be(0.0000000001m);
    }

    [Fact]
    public void Build_MoreThan64Codes_WidensEveryFirmsBitSet()
    {
        var codes = Enumerable.Range(0, 70).Select(i => $"code-{i}").ToArray();
        var population = Population.From(FactSchema.Standard,
        [
            Firm(b => b.Set(StandardFacts.Industries, ["code-1"])),
            Firm(b => b.Set(StandardFacts.Industries, [.. codes])),
        ]);

        var column = (CodeSetColumn)population.ColumnOf(StandardFacts.Industries.Id)!;
        column.Words.Should().Be(2);
        column.Bits[0].Should().Be(1UL);
        column.Bits[1].Should().Be(0UL);
        column.Bits[3].Should().NotBe(0UL);
    }

    [Fact]
    public void Add_ProfileOverAnotherSchema_IsMatchedByFactId()
    {
        var own = FactSchema.Create([new FactDefinition("x.flag", FactType.Bool, new("标志", "Flag"))]);
        var other = FactSchema.Create([new FactDefinition("y.other", FactType.Integer, new("其他", "Other")), new FactDefinition("x.flag", FactType.Bool, new("标志", "Flag"))]);
        var profile = EnterpriseProfile.CreateBuilder(other).Set("x.flag", FactValue.Bool(true)).Build();

        var population = new PopulationBuilder(own).Add(profile).Build();

        ((NumberColumn)population.ColumnOf("x.flag")!).RawAt(0).Should().Be(1);
    }

    [Fact]
    public void Add_FactOfAnotherType_IsRefused()
    {
        var own = FactSchema.Create([new FactDefinition("x.flag", FactType.Bool, new("标志", "Flag"))]);
        var other = FactSchema.Create([new FactDefinition("x.flag", FactType.Integer, new("标志", "Flag"))]);
        var profile = EnterpriseProfile.CreateBuilder(other).Set("x.flag", FactValue.Integer(1)).Build();

        var add = () => new PopulationBuilder(own).Add(profile);

        add.Should().Throw<ArgumentException>().WithMessage("*x.flag*");
    }

    [Fact]
    public void Build_Twice_Throws()
    {
        var builder = new PopulationBuilder(FactSchema.Standard);
        builder.Build();

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>();
        builder.Invoking(b => b.Add(EnterpriseProfile.CreateBuilder().Build())).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void From_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var from = () => Population.From(FactSchema.Standard, [EnterpriseProfile.CreateBuilder().Build()], cancelled.Token);

        from.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Certifications_KeepKindsAndBothDates()
    {
        var population = Population.From(FactSchema.Standard,
        [
            Firm(b => b.Set(StandardFacts.Certifications, [new global::PolicyKit.Facts.Certification("unicorn", new LocalDate(2023, 5, 10)), new global::PolicyKit.Facts.Certification("high-tech", new LocalDate(2021, 1, 1), new LocalDate(2023, 12, 31))])),
            Firm(_ => { }),
        ]);

        var column = (CertificationColumn)population.ColumnOf(StandardFacts.Certifications.Id)!;
        column.Kinds.Should().Equal("unicorn", "high-tech");
        column.Offsets.Should().Equal(0, 2, 2);
        column.ExpiresOn[0].Should().Be(CertificationColumn.NeverExpires);
        column.KindBits![0].Should().Be(3UL);
    }
}
