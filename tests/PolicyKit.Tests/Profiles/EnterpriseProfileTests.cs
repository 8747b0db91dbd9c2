using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Profiles;

namespace PolicyKit.Tests.Profiles;

public class EnterpriseProfileTests
{
    [Fact]
    public void Set_ValueOfWrongType_Throws()
    {
        var act = () => EnterpriseProfile.CreateBuilder().Set("enterprise.employees", FactValue.Money(5m));

        act.Should().Throw<ArgumentException>().WithMessage("fact 'enterprise.employees' is Integer, but the value 5 is Money.*");
    }

    [Fact]
    public void Set_KeyOfWrongType_Throws()
    {
        var wrongKey = FactKey.Text("enterprise.employees");

        var act = () => EnterpriseProfile.CreateBuilder().Set(wrongKey, "many");

        act.Should().Throw<ArgumentException>().WithMessage("*is Integer*Text*");
    }

    [Fact]
    public void Set_CodeOutsideClosedSet_Throws()
    {
        var act = () => EnterpriseProfile.CreateBuilder().Set(StandardFacts.MuYieldGrade, "E");

        act.Should().Throw<ArgumentException>().WithMessage("'E' is not a code of fact 'enterprise.muYieldGrade': expected one of A, B, C, D.*");
    }

    [Fact]
    public void Set_NewCodeOfOpenSet_IsAccepted_ButBadlyFormedIsNot()
    {
        var profile = EnterpriseProfile.CreateBuilder().Set(StandardFacts.Industries, ["quantum-computing"]).Build();
        profile.Get(StandardFacts.Industries).AsCodeSet().Should().Equal("quantum-computing");

        var act = () => EnterpriseProfile.CreateBuilder().Set(StandardFacts.Industries, ["Quantum Computing"]);
        act.Should().Throw<ArgumentException>().WithMessage("*lower-case letters, digits and hyphens*");
    }

    [Fact]
    public void Set_UnknownFact_Throws()
    {
        var act = () => EnterpriseProfile.CreateBuilder().Set(FactKey.Integer("enterprise.robots"), 3);

        act.Should().Throw<ArgumentException>().WithMessage("unknown fact 'enterprise.robots'*");
    }

    [Fact]
    public void Get_FactNotGiven_IsUnknownNotZero()
    {
        var profile = EnterpriseProfile.CreateBuilder().Build();

        profile.Get(StandardFacts.Employees).IsKnown.Should().BeFalse();
        profile.Get(StandardFacts.SmallLowProfit).IsKnown.Should().BeFalse();
    }

    [Fact]
    public void Build_LaterChangesToBuilder_DoNotChangeTheProfile()
    {
        var builder = EnterpriseProfile.CreateBuilder().Set(StandardFacts.Employees, 5);
        var profile = builder.Build();

        builder.Set(StandardFacts.Employees, 6);

        profile.Get(StandardFacts.Employees).AsInteger().Should().Be(5);
    }

    [Fact]
    public void Rebind_ToCatalogSchema_KeepsValuesInTheirSlots()
    {
        var catalog = PolicyCatalog.CreateBuilder("c", "1")
            .AddFact(new FactDefinition("enterprise.patents", FactType.Integer, new("专利数量", "Patents")))
            .Build();
        var profile = EnterpriseProfile.CreateBuilder().Set(StandardFacts.Employees, 7).Build();

        var bound = profile.Rebind(catalog.Schema);

        bound.Schema.Should().BeSameAs(catalog.Schema);
        bound.Get(StandardFacts.Employees).AsInteger().Should().Be(7);
        bound.Get("enterprise.patents").IsKnown.Should().BeFalse();
    }
}
