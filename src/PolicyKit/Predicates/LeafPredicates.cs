using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Predicates;

/// <summary>The comparison operators of a <see cref="ComparisonPredicate"/>.</summary>
public enum ComparisonOperator
{
    /// <summary>Equal (<c>eq</c>).</summary>
    Eq,

    /// <summary>Not equal (<c>ne</c>).</summary>
    Ne,

    /// <summary>Less than (<c>lt</c>).</summary>
    Lt,

    /// <summary>Less than or equal (<c>le</c>).</summary>
    Le,

    /// <summary>Greater than (<c>gt</c>).</summary>
    Gt,

    /// <summary>Greater than or equal (<c>ge</c>).</summary>
    Ge,
}

/// <summary>A comparison of a fact with a constant: <c>{ "fact": "enterprise.employees", "ge": 50 }</c>.</summary>
/// <remarks>
/// <c>eq</c>/<c>ne</c> apply to every type but code sets and certifications; the order
/// comparisons to integers, decimals, money and dates. Numbers compare by value across
/// integer, decimal and money.
/// </remarks>
public sealed record ComparisonPredicate : FactPredicate
{
    /// <summary>Creates a comparison.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is unknown.</exception>
    public ComparisonPredicate(string factId, ComparisonOperator op, FactValue value)
        : base(factId)
    {
        if (!value.IsKnown)
        {
            throw new ArgumentException("a comparison needs a known value.", nameof(value));
        }

        if (!Enum.IsDefined(op))
        {
            throw new ArgumentOutOfRangeException(nameof(op), op, "unknown comparison operator.");
        }

        Operator = op;
        Value = value;
    }

    /// <summary>The operator.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>The constant compared with.</summary>
    public FactValue Value { get; }

    /// <summary>The operator's JSON name (<c>eq</c>, <c>ge</c>, ...).</summary>
    public string OperatorName => OperatorNames[(int)Operator];

    internal static readonly string[] OperatorNames = ["eq", "ne", "lt", "le", "gt", "ge"];

    internal static readonly string[] OperatorSymbols = ["=", "≠", "<", "≤", ">", "≥"];
}

/// <summary>
/// <c>in</c>: the code of a code fact is one of <see cref="Codes"/>, or any code of a code-set fact is.
/// </summary>
public sealed record InPredicate : FactPredicate
{
    /// <summary>Creates an <c>in</c> test.</summary>
    public InPredicate(string factId, ImmutableArray<string> codes)
        : base(factId)
    {
        if (codes.IsDefault || codes.Any(c => c is null))
        {
            throw new ArgumentException("codes must not be null.", nameof(codes));
        }

        Codes = codes;
    }

    /// <summary>The codes that satisfy the test.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <inheritdoc />
    public bool Equals(InPredicate? other) => other is not null && FactId == other.FactId && Codes.SequenceEqual(other.Codes, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FactId, Codes.Length);
}

/// <summary><c>within</c>: the division of a jurisdiction fact is <see cref="Jurisdiction"/> or lies under it.</summary>
public sealed record WithinPredicate : FactPredicate
{
    /// <summary>Creates a <c>within</c> test.</summary>
    public WithinPredicate(string factId, JurisdictionCode jurisdiction)
        : base(factId) => Jurisdiction = jurisdiction;

    /// <summary>The enclosing division.</summary>
    public JurisdictionCode Jurisdiction { get; }
}

/// <summary>
/// <c>has</c>: the enterprise holds a certification of <see cref="Kind"/> that is valid on the
/// as-of date and, when <see cref="RecognizedWithin"/> is given, was recognised within it
/// (both ends inclusive).
/// </summary>
public sealed record HasPredicate : Predicate
{
    /// <summary>Creates a <c>has</c> test on <see cref="StandardFacts.Certifications"/> or another certifications fact.</summary>
    public HasPredicate(string kind, DateInterval? recognizedWithin = null, string? factId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        Kind = kind;
        RecognizedWithin = recognizedWithin;
        FactId = factId ?? StandardFacts.Certifications.Id;
    }

    /// <summary>The certification kind, e.g. <c>unicorn</c>.</summary>
    public string Kind { get; }

    /// <summary>The period the recognition must fall in, or <see langword="null"/> for any time.</summary>
    public DateInterval? RecognizedWithin { get; }

    /// <summary>The certifications fact read (by default <c>enterprise.certifications</c>).</summary>
    public string FactId { get; }
}
