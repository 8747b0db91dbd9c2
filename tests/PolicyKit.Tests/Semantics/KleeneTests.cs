using PolicyKit.Awards;
using PolicyKit.Populations.Plan;
using PolicyKit.Predicates;
using PolicyKit.Semantics;

namespace PolicyKit.Tests.Semantics;

public class KleeneTests
{
    private static readonly Truth[] Truths = [Truth.False, Truth.Unknown, Truth.True];

    [Theory]
    [InlineData(Truth.True, Truth.Unknown, Truth.Unknown, Truth.True)]
    [InlineData(Truth.False, Truth.Unknown, Truth.False, Truth.Unknown)]
    [InlineData(Truth.True, Truth.False, Truth.False, Truth.True)]
    [InlineData(Truth.Unknown, Truth.Unknown, Truth.Unknown, Truth.Unknown)]
    public void AndOr_PairOfTruths_AreTheSmallerAndTheLarger(Truth left, Truth right, Truth and, Truth or)
    {
        Kleene.And(left, right).Should().Be(and);
        Kleene.Or(left, right).Should().Be(or);
        Kleene.And(right, left).Should().Be(and);
        Kleene.Or(right, left).Should().Be(or);
    }

    [Fact]
    public void Not_EachTruth_SwapsKnownAndKeepsUnknown()
    {
        Truths.Select(Kleene.Not).Should().Equal(Truth.True, Truth.Unknown, Truth.False);
    }

    [Fact]
    public void Identities_OfNoOperands_AreNeutralForTheirConnective()
    {
        Truths.Should().OnlyContain(t => Kleene.And(Kleene.AllOfNone, t) == t && Kleene.Or(Kleene.AnyOfNone, t) == t);
    }

    [Fact]
    public void MaskForms_EveryPairOfTruths_AgreeWithTheScalarConnectives()
    {
        // Bit 3a + b holds the pair (Truths[a], Truths[b]).
        var (lt, lf, rt, rf) = (0UL, 0UL, 0UL, 0UL);
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                var bit = 1UL << ((3 * a) + b);
                (lt, lf) = Set(lt, lf, bit, Truths[a]);
                (rt, rf) = Set(rt, rf, bit, Truths[b]);
            }
        }

        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                var i = (3 * a) + b;
                Read(Kleene.And(lt, lf, rt, rf), i).Should().Be(Kleene.And(Truths[a], Truths[b]));
                Read(Kleene.Or(lt, lf, rt, rf), i).Should().Be(Kleene.Or(Truths[a], Truths[b]));
                Read(Kleene.Not(lt, lf), i).Should().Be(Kleene.Not(Truths[a]));
                Read(Kleene.Constant(Truths[a], ~0UL), i).Should().Be(Truths[a]);
            }
        }
    }

    [Fact]
    public void LeafMask_UnknownFirm_IsNeitherTrueNorFalseWhateverItsTestBit()
    {
        var (t, f) = Kleene.Leaf(known: 0b0011, passes: 0b0101);

        (Read((t, f), 0), Read((t, f), 1), Read((t, f), 2), Read((t, f), 3)).Should().Be((Truth.True, Truth.False, Truth.Unknown, Truth.Unknown));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void KernelsAndIntoOrInto_AtEachWidth_AgreeWithKleeneFirmByFirm(int simdWidth)
    {
        var width = (SimdWidth)simdWidth;
        var random = new Random(5);
        const int Words = 9;
        var truths = new Truth[4, Words * 64];
        var masks = new ulong[4, 2, Words];
        for (var m = 0; m < 4; m++)
        {
            for (var firm = 0; firm < Words * 64; firm++)
            {
                truths[m, firm] = Truths[random.Next(3)];
                var bit = 1UL << firm;
                masks[m, 0, firm >> 6] |= truths[m, firm] == Truth.True ? bit : 0;
                masks[m, 1, firm >> 6] |= truths[m, firm] == Truth.False ? bit : 0;
            }
        }

        var (andT, andF) = (Row(masks, 0, 0), Row(masks, 0, 1));
        var (orT, orF) = (Row(masks, 2, 0), Row(masks, 2, 1));
        Kernels.AndInto(andT, andF, Row(masks, 1, 0), Row(masks, 1, 1), width);
        Kernels.OrInto(orT, orF, Row(masks, 3, 0), Row(masks, 3, 1), width);

        for (var firm = 0; firm < Words * 64; firm++)
        {
            Read((andT[firm >> 6], andF[firm >> 6]), firm & 63).Should().Be(Kleene.And(truths[0, firm], truths[1, firm]));
            Read((orT[firm >> 6], orF[firm >> 6]), firm & 63).Should().Be(Kleene.Or(truths[2, firm], truths[3, firm]));
        }
    }

    private static ulong[] Row(ulong[,,] masks, int m, int side) => [.. Enumerable.Range(0, masks.GetLength(2)).Select(w => masks[m, side, w])];

    private static (ulong True, ulong False) Set(ulong t, ulong f, ulong bit, Truth truth) =>
        (truth == Truth.True ? t | bit : t, truth == Truth.False ? f | bit : f);

    private static Truth Read((ulong True, ulong False) masks, int bit)
    {
        var t = (masks.True >> bit & 1) != 0;
        var f = (masks.False >> bit & 1) != 0;
        (t && f).Should().BeFalse("a firm is never both true and false");
        return t ? Truth.True : f ? Truth.False : Truth.Unknown;
    }
}
