namespace PolicyKit.Evaluation;

/// <summary>
/// A truth value of Kleene's three-valued logic. Ordered <c>False &lt; Unknown &lt; True</c>, so
/// <c>all</c> is the minimum of its children and <c>any</c> the maximum.
/// </summary>
public enum Truth : byte
{
    /// <summary>Known to be false.</summary>
    False = 0,

    /// <summary>Not decidable from the facts known.</summary>
    Unknown = 1,

    /// <summary>Known to be true.</summary>
    True = 2,
}

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

/// <summary>Kleene's connectives.</summary>
public static class Kleene
{
    /// <summary>Conjunction: the smaller truth.</summary>
    public static Truth And(Truth left, Truth right) => left < right ? left : right;

    /// <summary>Disjunction: the larger truth.</summary>
    public static Truth Or(Truth left, Truth right) => left > right ? left : right;

    /// <summary>Negation: swaps true and false, keeps unknown.</summary>
    public static Truth Not(Truth value) => (Truth)(2 - (int)value);

    /// <summary>A known truth from a boolean.</summary>
    public static Truth Of(bool value) => value ? Truth.True : Truth.False;

    /// <summary>The verdict a truth gives.</summary>
    public static Verdict ToVerdict(Truth value) => value switch
    {
        Truth.True => Verdict.Eligible,
        Truth.False => Verdict.Ineligible,
        _ => Verdict.Undetermined,
    };
}
