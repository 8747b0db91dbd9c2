using PolicyKit.Awards;
using PolicyKit.Semantics;

namespace PolicyKit.Tests.Semantics;

public class ExclusiveGroupTests
{
    [Fact]
    public void Default_NoMember_AddsNothing()
    {
        var group = default(ExclusiveGroup<decimal>);

        (group.Amount, group.UpTo, group.Unbounded, group.Counts(0)).Should().Be((0m, 0m, false, false));
    }

    [Fact]
    public void Add_SeveralMembers_CountsOnlyTheHighestAmountAndHighestUpTo()
    {
        var group = default(ExclusiveGroup<decimal>);
        group.Add(0, true, 300m, true, 300m);
        group.Add(1, true, 500m, true, 500m);
        group.Add(2, false, 0m, true, 800m);
        group.Add(3, true, 500m, true, 500m);

        group.Amount.Should().Be(500m);
        group.UpTo.Should().Be(800m);
        Enumerable.Range(0, 4).Where(group.Counts).Should().Equal(1);
    }

    [Fact]
    public void Add_NegativeAmounts_StillCountTheHighestButTheUpToStaysAtZero()
    {
        var group = default(ExclusiveGroup<long>);
        group.Add(0, true, -700, true, -700);
        group.Add(1, true, -200, true, -200);

        (group.Amount, group.UpTo, group.Counts(1)).Should().Be((-200L, 0L, true));
    }

    [Fact]
    public void Add_MemberWithoutCeiling_LeavesTheGroupUnboundedAndCountsZeroInItsUpTo()
    {
        var group = default(ExclusiveGroup<decimal>);
        group.Add(0, false, 0m, false, 0m);
        group.Add(1, true, 100m, true, 100m);

        (group.Amount, group.UpTo, group.Unbounded).Should().Be((100m, 100m, true));
    }

    [Fact]
    public void Take_UniformMembersHighestFirst_AgreesWithTheFoldFirmByFirm()
    {
        var random = new Random(21);
        const int Words = 3;
        for (var trial = 0; trial < 50; trial++)
        {
            var figures = Enumerable.Range(0, random.Next(1, 6)).Select(_ => (long)random.Next(-3, 10) * 100).OrderDescending().ToArray();
            var masks = figures.Select(_ => Enumerable.Range(0, Words).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.NextInt64() << 1)).ToArray()).ToArray();
            var valid = new ulong[] { ~0UL, ~0UL, (1UL << 40) - 1 };

            var state = new ulong[ExclusiveGroup.StateWords * Words];
            var counted = new ulong[Words];
            ExclusiveGroup.Start(state, valid);
            Int128 byMasks = 0;
            for (var m = 0; m < figures.Length; m++)
            {
                byMasks += (Int128)figures[m] * ExclusiveGroup.Take(state, masks[m], counted);
            }

            Int128 byFold = 0;
            for (var firm = 0; firm < Words * 64; firm++)
            {
                if ((valid[firm >> 6] >> firm & 1) == 0)
                {
                    continue;
                }

                var group = default(ExclusiveGroup<long>);
                for (var m = 0; m < figures.Length; m++)
                {
                    var has = (masks[m][firm >> 6] >> firm & 1) != 0;
                    group.Add(m, has, figures[m], true, 0);
                }

                byFold += group.Amount;
            }

            byMasks.Should().Be(byFold, string.Join(",", figures));
        }
    }

    [Theory]
    [InlineData(true, -5, 0)]
    [InlineData(true, 7, 7)]
    [InlineData(false, 7, 0)]
    public void UpToPart_Member_IsItsCeilingFromZero(bool hasUpTo, long upTo, long expected)
    {
        ExclusiveGroup.UpToPart(hasUpTo, upTo).Should().Be(expected);
    }
}
