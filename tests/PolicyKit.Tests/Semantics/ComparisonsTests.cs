using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Predicates;
using PolicyKit.Semantics;

namespace PolicyKit.Tests.Semantics;

public class ComparisonsTests
{
    [Theory]
    [InlineData(ComparisonOperator.Eq, -1, false)]
    [InlineData(ComparisonOperator.Eq, 0, true)]
    [InlineData(ComparisonOperator.Ne, 0, false)]
    [InlineData(ComparisonOperator.Lt, -1, true)]
    [InlineData(ComparisonOperator.Lt, 0, false)]
    [InlineData(ComparisonOperator.Le, 0, true)]
    [InlineData(ComparisonOperator.Le, 1, false)]
    [InlineData(ComparisonOperator.Gt, 0, false)]
    [InlineData(ComparisonOperator.Gt, 1, true)]
    [InlineData(ComparisonOperator.Ge, 0, true)]
    [InlineData(ComparisonOperator.Ge, -1, false)]
    public void Holds_OperatorAndOrder_IsTheOperatorsMeaning(ComparisonOperator op, int order, bool expected)
    {
        Comparisons.Holds(op, order).Should().Be(expected);
    }

    [Fact]
    public void Holds_NumbersOfDifferentTypesAndScales_CompareByValue()
    {
        Comparisons.Holds(ComparisonOperator.Eq, FactValue.Integer(50), FactValue.Money(50.00m)).Should().BeTrue();
        Comparisons.Holds(ComparisonOperator.Lt, FactValue.Decimal(49.999m), FactValue.Integer(50)).Should().BeTrue();
        Comparisons.Holds(ComparisonOperator.Ge, FactValue.Money(49.999m), FactValue.Integer(50)).Should().BeFalse();
    }

    [Fact]
    public void Holds_Dates_CompareByDay()
    {
        var day = FactValue.Date(new LocalDate(2023, 6, 30));

        Comparisons.Holds(ComparisonOperator.Le, day, FactValue.Date(new LocalDate(2023, 6, 30))).Should().BeTrue();
        Comparisons.Holds(ComparisonOperator.Gt, day, FactValue.Date(new LocalDate(2023, 7, 1))).Should().BeFalse();
    }

    [Fact]
    public void Holds_CodesTextAndDivisions_AreOrdinalEqualityAndNeNegates()
    {
        Comparisons.Holds(ComparisonOperator.Eq, FactValue.Code("a"), FactValue.Code("A")).Should().BeFalse();
        Comparisons.Holds(ComparisonOperator.Ne, FactValue.Code("a"), FactValue.Code("A")).Should().BeTrue();
        Comparisons.Holds(ComparisonOperator.Eq, FactValue.Text("a"), FactValue.Code("a")).Should().BeFalse("a text is not a code");
        Comparisons.Holds(ComparisonOperator.Eq, FactValue.Jurisdiction(JurisdictionCode.Parse("370212")), FactValue.Jurisdiction(JurisdictionCode.Parse("370212"))).Should().BeTrue();
        Comparisons.Holds(ComparisonOperator.Ne, FactValue.Bool(true), FactValue.Bool(false)).Should().BeTrue();
    }

    [Theory]
    [InlineData("3")]
    [InlineData("2.5")]
    [InlineData("-2.5")]
    [InlineData("0")]
    public void IntegerInterval_EachOperator_HoldsExactlyForTheIntegersTheOperatorAdmits(string text)
    {
        var constant = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var op in Enum.GetValues<ComparisonOperator>())
        {
            var (lo, hi, outside) = Comparisons.IntegerInterval(op, constant);
            for (var x = -10; x <= 10; x++)
            {
                var inside = lo <= x && x <= hi;
                (inside != outside).Should().Be(Comparisons.Holds(op, ((decimal)x).CompareTo(constant)), $"{x} {op} {constant}");
            }
        }
    }
}
