using PolicyKit.Facts;

namespace PolicyKit.Profiles;

/// <summary>
/// Collects the facts of an <see cref="EnterpriseProfile"/>, rejecting at once a value of the
/// wrong type or a code outside its fact's set.
/// </summary>
/// <remarks>Mutable and not thread-safe; <see cref="Build"/> makes an immutable profile.</remarks>
public sealed class EnterpriseProfileBuilder
{
    private readonly FactValue[] _values;
    private string? _id;

    internal EnterpriseProfileBuilder(FactSchema schema, ReadOnlySpan<FactValue> values = default, string? id = null)
    {
        Schema = schema;
        _values = new FactValue[schema.Count];
        values.CopyTo(_values);
        _id = id;
    }

    /// <summary>The schema this builder fills.</summary>
    public FactSchema Schema { get; }

    /// <summary>Sets the caller's id of the profile.</summary>
    public EnterpriseProfileBuilder WithId(string? id)
    {
        _id = id;
        return this;
    }

    /// <summary>Sets the fact <paramref name="key"/> to <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The schema lacks the fact, has it with another type, or the value is outside its code set.</exception>
    public EnterpriseProfileBuilder Set<T>(FactKey<T> key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Set(key.Id, key.ToValue(value));
    }

    /// <summary>Sets fact <paramref name="factId"/> to <paramref name="value"/>; an unknown value clears it.</summary>
    /// <exception cref="ArgumentException">The schema lacks the fact, has it with another type, or the value is outside its code set.</exception>
    public EnterpriseProfileBuilder Set(string factId, FactValue value)
    {
        ArgumentNullException.ThrowIfNull(factId);
        if (!Schema.TryGet(factId, out var fact, out var slot))
        {
            throw new ArgumentException($"unknown fact '{factId}': it is neither a standard fact nor declared by the catalog.", nameof(factId));
        }

        if (value.IsKnown)
        {
            Check(fact, value);
        }

        _values[slot] = value;
        return this;
    }

    /// <summary>Makes fact <paramref name="factId"/> unknown again.</summary>
    public EnterpriseProfileBuilder Clear(string factId) => Set(factId, FactValue.Unknown);

    /// <summary>Makes the immutable profile.</summary>
    public EnterpriseProfile Build() => new(_id, Schema, (FactValue[])_values.Clone());

    internal static void Check(FactDefinition fact, FactValue value)
    {
        if (value.Type != fact.Type)
        {
            throw new ArgumentException($"fact '{fact.Id}' is {fact.Type}, but the value {value} is {value.Type}.", nameof(value));
        }

        var codes = fact.Type switch
        {
            FactType.Code => [value.AsString()],
            FactType.CodeSet => value.RawCodes,
            FactType.Certifications => value.RawCertifications.Select(c => c.Kind),
            _ => [],
        };
        foreach (var code in codes)
        {
            if (!fact.Accepts(code))
            {
                var expected = fact.IsOpen ? "lower-case letters, digits and hyphens" : "one of " + string.Join(", ", fact.Codes);
                throw new ArgumentException($"'{code}' is not a code of fact '{fact.Id}': expected {expected}.", nameof(value));
            }
        }
    }
}
