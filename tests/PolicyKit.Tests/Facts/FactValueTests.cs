using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Tests.Facts;

public class FactValueTests
{
    [Fact]
    public void Default_IsUnknown()
    {
        default(FactValue).IsKnown.Should().BeFalse();
        default(FactValue).ToString().Should().Be("unknown");
    }

    [Fact]
    public void Equals_NumbersOfDifferentScale_AreEqual()
    {
        FactValue.Money(1.50m).Should().Be(FactValue.Money(1.5m));
        FactValue.Money(1.50m).GetHashCode().Should().Be(FactValue.Money(1.5m).GetHashCode());
        FactValue.Money(1m).Should().NotBe(FactValue.Decimal(1m));
    }

    [Fact]
    public void CodeSet_IsSortedAndDistinct()
    {
        FactValue.CodeSet(["b", "a", "b"]).AsCodeSet().Should().Equal("a", "b");
        FactValue.CodeSet(["b", "a"]).Should().Be(FactValue.CodeSet(["a", "b"]));
    }

    [Fact]
    public void Date_RoundTripsThroughItsSlot()
    {
        var date = new LocalDate(2023, 3, 9);

        FactValue.Date(date).AsDate().Should().Be(date);
        FactValue.Date(date).ToString().Should().Be("2023-03-09");
    }

    [Fact]
    public void Accessor_OfAnotherType_Throws()
    {
        var act = () => FactValue.Integer(3).AsDate();

        act.Should().Throw<InvalidOperationException>().WithMessage("the value is Integer, not Date.");
    }

    [Fact]
    public void Jurisdiction_RoundTrips()
    {
        FactValue.Jurisdiction(JurisdictionCode.Parse("370212")).AsJurisdiction().Should().Be(JurisdictionCode.Parse("370212"));
    }

    [Fact]
    public void Certification_ExpiringBeforeRecognised_Throws()
    {
        var act = () => new Certification("unicorn", new(2023, 5, 1), new(2023, 4, 30));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
