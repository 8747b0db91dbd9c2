using System.Collections.Immutable;

namespace PolicyKit.Predicates;

/// <summary><c>all</c>: false if any child is false, unknown if none is false and one is unknown, else true.</summary>
public sealed record AllPredicate : Predicate
{
    /// <summary>Creates an <c>all</c> node.</summary>
    public AllPredicate(ImmutableArray<Predicate> children) => Operands = Checked(children);

    /// <summary>The children.</summary>
    public ImmutableArray<Predicate> Operands { get; }

    /// <inheritdoc />
    public override ImmutableArray<Predicate> Children => Operands;

    /// <inheritdoc />
    public bool Equals(AllPredicate? other) => other is not null && Operands.SequenceEqual(other.Operands);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(nameof(AllPredicate), Operands.Length);

    internal static ImmutableArray<Predicate> Checked(ImmutableArray<Predicate> children)
    {
        if (children.IsDefault || children.Any(c => c is null))
        {
            throw new ArgumentException("children must not be null.", nameof(children));
        }

        return children;
    }
}

/// <summary><c>any</c>: true if any child is true, unknown if none is true and one is unknown, else false.</summary>
public sealed record AnyPredicate : Predicate
{
    /// <summary>Creates an <c>any</c> node.</summary>
    public AnyPredicate(ImmutableArray<Predicate> children) => Operands = AllPredicate.Checked(children);

    /// <summary>The children.</summary>
    public ImmutableArray<Predicate> Operands { get; }

    /// <inheritdoc />
    public override ImmutableArray<Predicate> Children => Operands;

    /// <inheritdoc />
    public bool Equals(AnyPredicate? other) => other is not null && Operands.SequenceEqual(other.Operands);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(nameof(AnyPredicate), Operands.Length);
}

/// <summary><c>not</c>: swaps true and false; unknown stays unknown.</summary>
public sealed record NotPredicate : Predicate
{
    /// <summary>Creates a <c>not</c> node.</summary>
    public NotPredicate(Predicate operand)
    {
        ArgumentNullException.ThrowIfNull(operand);
        Operand = operand;
    }

    /// <summary>The negated predicate.</summary>
    public Predicate Operand { get; }

    /// <inheritdoc />
    public override ImmutableArray<Predicate> Children => [Operand];
}

/// <summary><c>always</c> (true) or <c>never</c> (false).</summary>
public sealed record ConstantPredicate : Predicate
{
    internal ConstantPredicate(bool value) => Value = value;

    /// <summary>The constant truth value.</summary>
    public bool Value { get; }
}
