using PolicyKit.Facts;

namespace PolicyKit.Profiles;

/// <summary>
/// What is known of one enterprise (一企一档): a value or <em>unknown</em> for every fact of a schema.
/// </summary>
/// <remarks>
/// A fact that was not given is unknown, never false or zero; evaluation then leaves the
/// decisions that depend on it undetermined. Build one with <see cref="CreateBuilder"/>.
/// Immutable and thread-safe. Equality is not overridden: compare with <see cref="ContentEquals"/>.
/// </remarks>
public sealed class EnterpriseProfile
{
    private readonly FactValue[] _values;

    internal EnterpriseProfile(string? id, FactSchema schema, FactValue[] values)
    {
        Id = id;
        Schema = schema;
        _values = values;
    }

    /// <summary>An optional caller's id for the profile (not part of its content).</summary>
    public string? Id { get; }

    /// <summary>The schema whose slots the values fill.</summary>
    public FactSchema Schema { get; }

    /// <summary>The value in <paramref name="slot"/> (unknown when not given).</summary>
    public FactValue this[int slot] => _values[slot];

    /// <summary>The value of fact <paramref name="factId"/>, unknown when not given or not in the schema.</summary>
    public FactValue Get(string factId) => Schema.TryGet(factId, out _, out var slot) ? _values[slot] : default;

    /// <summary>The value of <paramref name="key"/>, unknown when not given.</summary>
    public FactValue Get<T>(FactKey<T> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Get(key.Id);
    }

    /// <summary>The known facts, in slot order.</summary>
    public IEnumerable<KeyValuePair<FactDefinition, FactValue>> KnownFacts =>
        _values.Select((v, i) => KeyValuePair.Create(Schema[i], v)).Where(p => p.Value.IsKnown);

    internal ReadOnlySpan<FactValue> Values => _values;

    /// <summary>Starts a profile over <paramref name="schema"/> (the standard facts when null).</summary>
    public static EnterpriseProfileBuilder CreateBuilder(FactSchema? schema = null) => new(schema ?? FactSchema.Standard);

    /// <summary>A builder that starts from this profile's values.</summary>
    public EnterpriseProfileBuilder ToBuilder() => new(Schema, _values, Id);

    /// <summary>
    /// This profile over <paramref name="schema"/>: itself when the slots line up, otherwise a copy
    /// that keeps the facts <paramref name="schema"/> knows.
    /// </summary>
    /// <exception cref="ArgumentException">A fact has another type in <paramref name="schema"/>.</exception>
    public EnterpriseProfile Rebind(FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(schema, Schema))
        {
            return this;
        }

        var values = new FactValue[schema.Count];
        if (Schema.IsPrefixOf(schema))
        {
            _values.CopyTo(values, 0);
            return new EnterpriseProfile(Id, schema, values);
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (!_values[i].IsKnown || !schema.TryGet(Schema[i].Id, out var target, out var slot))
            {
                continue;
            }

            if (target.Type != Schema[i].Type)
            {
                throw new ArgumentException($"fact '{target.Id}' is {Schema[i].Type} in the profile but {target.Type} in the catalog.", nameof(schema));
            }

            values[slot] = _values[i];
        }

        return new EnterpriseProfile(Id, schema, values);
    }

    /// <summary>Whether both profiles know the same facts with equal values (ids are ignored).</summary>
    public bool ContentEquals(EnterpriseProfile other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var mine = KnownFacts.ToDictionary(p => p.Key.Id, p => p.Value, StringComparer.Ordinal);
        var theirs = other.KnownFacts.ToList();
        return mine.Count == theirs.Count && theirs.All(p => mine.TryGetValue(p.Key.Id, out var v) && v.Equals(p.Value));
    }
}
