using PolicyKit.Predicates;

namespace PolicyKit.Evaluation;

/// <summary>The outcome of one policy for one enterprise on one date.</summary>
public enum Verdict
{
    /// <summary>The eligibility predicate is true.</summary>
    Eligible,

    /// <summary>The eligibility predicate is false.</summary>
    Ineligible,

    /// <summary>The predicate depends on facts not yet known.</summary>
    Undetermined,
}

/// <summary>The verdict a policy's eligibility gives.</summary>
internal static class Verdicts
{
    /// <summary>True is eligible, false ineligible, unknown undetermined.</summary>
    public static Verdict Of(Truth eligibility) => eligibility switch
    {
        Truth.True => Verdict.Eligible,
        Truth.False => Verdict.Ineligible,
        _ => Verdict.Undetermined,
    };
}
