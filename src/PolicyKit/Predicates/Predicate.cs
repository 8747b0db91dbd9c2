using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Predicates;

/// <summary>
/// An eligibility condition over enterprise facts: an immutable tree of <c>all</c>, <c>any</c>,
/// <c>not</c>, comparisons, <c>in</c>, <c>within</c>, <c>has</c> and constants.
/// </summary>
/// <remarks>
/// Predicates name facts by id and are checked against a catalog's schema by validation, so a
/// tree can be built before its facts are declared. Evaluation is three-valued (Kleene): a leaf
/// whose fact is unknown is <see cref="Truth.Unknown"/>. Equality is structural.
/// Build trees with the static methods here and the comparisons on typed keys in
/// <see cref="FactKeyPredicates"/>.
/// </remarks>
public abstract record Predicate
{
    private protected Predicate()
    {
    }

    /// <summary>The predicate that is always true (<c>always</c>).</summary>
    public static ConstantPredicate Always { get; } = new(true);

    /// <summary>The predicate that is never true (<c>never</c>).</summary>
    public static ConstantPredicate Never { get; } = new(false);

    /// <summary>True when every child is true (<c>all</c>); an empty <c>all</c> is true.</summary>
    public static AllPredicate All(params Predicate[] children) => new([.. children]);

    /// <summary>True when any child is true (<c>any</c>); an empty <c>any</c> is false.</summary>
    public static AnyPredicate Any(params Predicate[] children) => new([.. children]);

    /// <summary>True when <paramref name="operand"/> is false (<c>not</c>); unknown stays unknown.</summary>
    public static NotPredicate Not(Predicate operand) => new(operand);

    /// <summary>A comparison of fact <paramref name="factId"/> with <paramref name="value"/>.</summary>
    public static ComparisonPredicate Compare(string factId, ComparisonOperator op, FactValue value) => new(factId, op, value);

    /// <summary>True when the code (or any code of the set) of fact <paramref name="factId"/> is one of <paramref name="codes"/>.</summary>
    public static InPredicate In(string factId, params string[] codes) => new(factId, [.. codes]);

    /// <summary>True when the division of fact <paramref name="factId"/> is <paramref name="jurisdiction"/> or lies under it.</summary>
    public static WithinPredicate Within(string factId, JurisdictionCode jurisdiction) => new(factId, jurisdiction);

    /// <summary>
    /// True when the enterprise holds a certification of <paramref name="kind"/> valid on the as-of
    /// date, recognised within <paramref name="recognizedWithin"/> (inclusive) when given.
    /// </summary>
    public static HasPredicate Has(string kind, DateInterval? recognizedWithin = null) => new(kind, recognizedWithin);

    /// <summary>The fact ids this predicate reads, in tree order, without repeats.</summary>
    public IEnumerable<string> FactIds() => Descendants().Select(p => p switch
    {
        FactPredicate f => f.FactId,
        HasPredicate h => h.FactId,
        _ => null,
    }).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>This node and every node below it, depth first.</summary>
    public IEnumerable<Predicate> Descendants()
    {
        var stack = new Stack<Predicate>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = node.Children;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary>The direct children (empty for leaves).</summary>
    public virtual ImmutableArray<Predicate> Children => [];
}

/// <summary>A leaf that tests one fact.</summary>
public abstract record FactPredicate : Predicate
{
    private protected FactPredicate(string factId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(factId);
        FactId = factId;
    }

    /// <summary>The id of the fact tested.</summary>
    public string FactId { get; }
}
