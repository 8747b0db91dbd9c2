using System.Collections.Immutable;
using System.Numerics;
using PolicyKit.Compilation;

namespace PolicyKit.Populations;

/// <summary>
/// Every firm's verdict on every policy of a catalog, as Kleene masks: per policy one bit per
/// firm for eligible and one for ineligible; neither is undetermined.
/// </summary>
/// <remarks>Immutable; the masks are the result of one evaluation and are not shared with it.</remarks>
public sealed class PopulationVerdicts
{
    private readonly ulong[]?[] _true;
    private readonly ulong[]?[] _false;

    internal PopulationVerdicts(ImmutableArray<string> policyIds, int count, ulong[]?[] trueBits, ulong[]?[] falseBits)
    {
        PolicyIds = policyIds;
        Count = count;
        _true = trueBits;
        _false = falseBits;
    }

    /// <summary>The catalog's policy ids, in catalog order.</summary>
    public ImmutableArray<string> PolicyIds { get; }

    /// <summary>The number of firms.</summary>
    public int Count { get; }

    /// <summary>The verdict of firm <paramref name="firm"/> on policy number <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public VerdictCode this[int policy, int firm]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(firm);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(firm, Count);
            if (_true[policy] is not { } t)
            {
                return VerdictCode.NotInForce;
            }

            var bit = 1UL << firm;
            return (t[firm >> 6] & bit) != 0 ? VerdictCode.Eligible
                : (_false[policy]![firm >> 6] & bit) != 0 ? VerdictCode.Ineligible
                : VerdictCode.Undetermined;
        }
    }

    /// <summary>How many firms have verdict <paramref name="verdict"/> on policy number <paramref name="policy"/>.</summary>
    public int CountOf(int policy, VerdictCode verdict)
    {
        if (_true[policy] is not { } t)
        {
            return verdict == VerdictCode.NotInForce ? Count : 0;
        }

        var eligible = Ones(t);
        var ineligible = Ones(_false[policy]!);
        return verdict switch
        {
            VerdictCode.Eligible => eligible,
            VerdictCode.Ineligible => ineligible,
            VerdictCode.Undetermined => Count - eligible - ineligible,
            _ => 0,
        };
    }

    /// <summary>The eligible bits of policy number <paramref name="policy"/> (bit <c>i % 64</c> of word <c>i / 64</c>), empty when not in force.</summary>
    public ReadOnlySpan<ulong> EligibleBits(int policy) => _true[policy];

    /// <summary>The ineligible bits of policy number <paramref name="policy"/>, empty when not in force.</summary>
    public ReadOnlySpan<ulong> IneligibleBits(int policy) => _false[policy];

    private static int Ones(ulong[] words)
    {
        var n = 0;
        foreach (var w in words)
        {
            n += BitOperations.PopCount(w);
        }

        return n;
    }
}
