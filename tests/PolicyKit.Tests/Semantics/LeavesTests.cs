using NodaTime;
using PolicyKit.Awards;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Semantics;

namespace PolicyKit.Tests.Semantics;

public class LeavesTests
{
    private static readonly LocalDate AsOf = new(2023, 6, 30);

    [Fact]
    public void In_CodeAndCodeSet_TrueWhenACodeIsListedOrdinally()
    {
        string[] listed = ["a", "b"];

        Leaves.In(listed, FactValue.Code("b")).Should().BeTrue();
        Leaves.In(listed, FactValue.Code("B")).Should().BeFalse();
        Leaves.In(listed, FactValue.CodeSet(["x", "a"])).Should().BeTrue();
        Leaves.In(listed, FactValue.CodeSet([])).Should().BeFalse();
    }

    [Theory]
    [InlineData("370212", "370212", true)]
    [InlineData("370212", "370200", true)]
    [InlineData("370212001", "370000", true)]
    [InlineData("370200", "370212", false)]
    [InlineData("370213", "370212", false)]
    [InlineData("not-a-code", "370000", false)]
    public void Within_DivisionCode_IsItselfOrUnderTheOuter(string code, string outer, bool expected)
    {
        Leaves.Within(code, JurisdictionCode.Parse(outer)).Should().Be(expected);
    }

    [Fact]
    public void Has_BothEndsOfValidityAndPeriod_AreInclusive()
    {
        var period = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 6, 30));
        Certification[] onTheEdges = [new("high-tech", new LocalDate(2023, 6, 30), AsOf)];

        Leaves.Has(onTheEdges, "high-tech", AsOf, period).Should().BeTrue();
        Leaves.Has(onTheEdges, "high-tech", AsOf.PlusDays(1), null).Should().BeFalse("expired");
        Leaves.Has(onTheEdges, "high-tech", AsOf.PlusDays(-1), null).Should().BeFalse("not yet recognised");
        Leaves.Has(onTheEdges, "unicorn", AsOf, null).Should().BeFalse("another kind");
        Leaves.Has(onTheEdges, "high-tech", AsOf, new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2023, 6, 29))).Should().BeFalse("recognised after the period");
    }

    [Fact]
    public void Counts_OnDayNumbers_AgreesWithHas()
    {
        var random = new Random(3);
        var day0 = new LocalDate(2023, 1, 1);
        for (var i = 0; i < 2000; i++)
        {
            var recognized = day0.PlusDays(random.Next(60));
            LocalDate? expires = random.Next(4) == 0 ? null : recognized.PlusDays(random.Next(60));
            var asOf = day0.PlusDays(random.Next(120));
            var from = day0.PlusDays(random.Next(60));
            var period = random.Next(3) == 0 ? null : new DateInterval(from, from.PlusDays(random.Next(30)));
            var c = new Certification("high-tech", recognized, expires);

            var byDays = Leaves.Counts(
                Day(recognized),
                expires is { } e ? Day(e) : int.MaxValue,
                Day(asOf),
                period is null ? int.MinValue : Day(period.Start),
                period is null ? int.MaxValue : Day(period.End));

            byDays.Should().Be(Leaves.Has([c], "high-tech", asOf, period));
        }
    }

    private static int Day(LocalDate date) => date.ToDateOnly().DayNumber;
}
