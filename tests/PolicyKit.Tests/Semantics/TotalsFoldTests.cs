using PolicyKit.Awards;
using PolicyKit.Semantics;

namespace PolicyKit.Tests.Semantics;

public class TotalsFoldTests
{
    [Fact]
    public void AddStandaloneAndGroup_Parts_AddTheirPartsAndSayWhetherBounded()
    {
        var group = default(ExclusiveGroup<decimal>);
        group.Add(0, true, 10m, true, 10m);
        var totals = default(TotalsFold<decimal>);
        totals.AddStandalone(true, 100m, true, 100m);
        totals.AddStandalone(false, 0m, true, 50m);
        totals.AddGroup(group);

        (totals.Amount, totals.UpTo, totals.Bounded).Should().Be((110m, 160m, true));

        totals.AddStandalone(false, 0m, false, 0m);
        totals.Bounded.Should().BeFalse();
        TotalsFold<decimal>.Counts(hasAmount: false).Should().BeFalse();
    }

    [Fact]
    public void AddStandalone_SumsBeyondTheRange_HoldAtTheBound()
    {
        var totals = default(TotalsFold<decimal>);
        totals.AddStandalone(true, decimal.MaxValue, true, decimal.MaxValue);
        totals.AddStandalone(true, decimal.MaxValue, true, 1m);

        (totals.Amount, totals.UpTo).Should().Be((decimal.MaxValue, decimal.MaxValue));
    }

    [Fact]
    public void AddGroup_IntegerFenBeyondTheRange_FollowsTheSameRule()
    {
        var totals = default(TotalsFold<long>);
        totals.AddStandalone(true, long.MaxValue, true, long.MaxValue);
        totals.AddGroup(long.MaxValue, 1, false);

        totals.Amount.Should().Be(long.MaxValue);
        totals.UpTo.Should().Be(long.MaxValue);
    }
}
