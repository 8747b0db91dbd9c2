namespace PolicyKit.Predicates;

/// <summary>
/// A truth value of Kleene's three-valued logic, the value of a predicate. Ordered
/// <c>False &lt; Unknown &lt; True</c>, so <c>all</c> is the minimum of its children and
/// <c>any</c> the maximum.
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
