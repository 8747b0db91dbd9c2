using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Facts;

/// <summary>
/// A typed handle on a fact: its id and type, with <typeparamref name="T"/> the CLR type of its
/// values. Use the keys of <see cref="StandardFacts"/>, or create your own with the factory
/// methods of <see cref="FactKey"/>.
/// </summary>
/// <typeparam name="T">
/// <see cref="bool"/>, <see cref="long"/>, <see cref="decimal"/> (decimal and money),
/// <see cref="LocalDate"/>, <see cref="string"/> (text and code), <see cref="JurisdictionCode"/>,
/// <see cref="ImmutableArray{T}"/> of <see cref="string"/> (code set) or of
/// <see cref="Certification"/>.
/// </typeparam>
/// <remarks>Immutable; equality compares id and type.</remarks>
public sealed record FactKey<T>
{
    private readonly Func<T, FactValue> _wrap;

    internal FactKey(string id, FactType type, Func<T, FactValue> wrap)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Type = type;
        _wrap = wrap;
    }

    /// <summary>The fact id.</summary>
    public string Id { get; }

    /// <summary>The fact type.</summary>
    public FactType Type { get; }

    /// <summary>Wraps a CLR value as a <see cref="FactValue"/> of this key's type.</summary>
    public FactValue ToValue(T value) => _wrap(value);

    /// <inheritdoc />
    public bool Equals(FactKey<T>? other) => other is not null && Id == other.Id && Type == other.Type;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Type);

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>Creates typed fact keys.</summary>
public static class FactKey
{
    /// <summary>A yes/no fact.</summary>
    public static FactKey<bool> Bool(string id) => new(id, FactType.Bool, FactValue.Bool);

    /// <summary>A whole-number fact.</summary>
    public static FactKey<long> Integer(string id) => new(id, FactType.Integer, FactValue.Integer);

    /// <summary>A decimal-number fact.</summary>
    public static FactKey<decimal> Decimal(string id) => new(id, FactType.Decimal, FactValue.Decimal);

    /// <summary>A money fact, in yuan.</summary>
    public static FactKey<decimal> Money(string id) => new(id, FactType.Money, FactValue.Money);

    /// <summary>A date fact.</summary>
    public static FactKey<LocalDate> Date(string id) => new(id, FactType.Date, FactValue.Date);

    /// <summary>A free-text fact.</summary>
    public static FactKey<string> Text(string id) => new(id, FactType.Text, FactValue.Text);

    /// <summary>A division-code fact.</summary>
    public static FactKey<JurisdictionCode> Jurisdiction(string id) => new(id, FactType.Jurisdiction, FactValue.Jurisdiction);

    /// <summary>A one-code fact.</summary>
    public static FactKey<string> Code(string id) => new(id, FactType.Code, FactValue.Code);

    /// <summary>A code-set fact.</summary>
    public static FactKey<ImmutableArray<string>> CodeSet(string id) => new(id, FactType.CodeSet, v => FactValue.CodeSet(v));

    /// <summary>A certifications fact.</summary>
    public static FactKey<ImmutableArray<Certification>> Certifications(string id) => new(id, FactType.Certifications, v => FactValue.Certifications(v));
}
