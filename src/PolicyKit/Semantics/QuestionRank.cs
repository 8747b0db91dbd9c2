using System.Numerics;

namespace PolicyKit.Semantics;

/// <summary>
/// The order of the questions worth asking an enterprise next (specification §9), for the per-profile
/// guidance and the population decisions alike: by the up-to at stake (descending), then by how many
/// undetermined decisions the fact bears on (descending), then by fact id (ordinal).
/// </summary>
internal static class QuestionRank
{
    /// <summary>Negative when question <c>a</c> comes before <c>b</c>, positive after, zero for the same fact.</summary>
    /// <typeparam name="T">Decimal yuan (per profile) or integer fen (population): the order is the same for exact figures.</typeparam>
    public static int Compare<T>(T stakeA, int decisionsA, string factA, T stakeB, int decisionsB, string factB)
        where T : INumber<T>
    {
        var byStake = stakeB.CompareTo(stakeA);
        if (byStake != 0)
        {
            return byStake;
        }

        var byDecisions = decisionsB.CompareTo(decisionsA);
        return byDecisions != 0 ? byDecisions : string.CompareOrdinal(factA, factB);
    }
}
