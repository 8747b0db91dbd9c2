using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace PolicyKit.Facts;

/// <summary>
/// The facts a catalog knows, each given a slot: the standard facts first, then the catalog's own.
/// </summary>
/// <remarks>
/// Slots let a profile be an array of values and a population one column per slot. Every schema
/// begins with <see cref="StandardFacts.Definitions"/> in the same slots, so a profile built on
/// <see cref="Standard"/> lines up with any catalog's schema. Immutable and thread-safe.
/// </remarks>
public sealed class FactSchema
{
    private readonly FrozenDictionary<string, int> _slots;

    private FactSchema(ImmutableArray<FactDefinition> facts)
    {
        Facts = facts;
        _slots = facts.Select((f, i) => KeyValuePair.Create(f.Id, i)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The schema of the standard facts alone.</summary>
    public static FactSchema Standard { get; } = new(StandardFacts.Definitions);

    /// <summary>Every fact, in slot order.</summary>
    public ImmutableArray<FactDefinition> Facts { get; }

    /// <summary>The number of slots.</summary>
    public int Count => Facts.Length;

    /// <summary>The definition in <paramref name="slot"/>.</summary>
    public FactDefinition this[int slot] => Facts[slot];

    /// <summary>
    /// A schema with the standard facts followed by <paramref name="declared"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A declared fact repeats a standard or another declared id.</exception>
    public static FactSchema Create(IEnumerable<FactDefinition> declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var all = StandardFacts.Definitions.ToBuilder();
        var seen = new HashSet<string>(all.Select(f => f.Id), StringComparer.Ordinal);
        foreach (var fact in declared)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(declared));
            if (!seen.Add(fact.Id))
            {
                throw new ArgumentException($"fact '{fact.Id}' is declared twice or redeclares a standard fact.", nameof(declared));
            }

            all.Add(fact);
        }

        return all.Count == StandardFacts.Definitions.Length ? Standard : new FactSchema(all.ToImmutable());
    }

    /// <summary>Finds a fact by id.</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out FactDefinition? fact, out int slot)
    {
        if (_slots.TryGetValue(id, out slot))
        {
            fact = Facts[slot];
            return true;
        }

        fact = null;
        slot = -1;
        return false;
    }

    /// <summary>The slot of fact <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">The schema has no such fact.</exception>
    public int SlotOf(string id) => _slots.TryGetValue(id, out var slot)
        ? slot
        : throw new KeyNotFoundException($"the fact schema has no fact '{id}'.");

    /// <summary>Whether the schema has fact <paramref name="id"/>.</summary>
    public bool Contains(string id) => _slots.ContainsKey(id);

    /// <summary>Whether every fact of this schema sits in the same slot of <paramref name="other"/>.</summary>
    public bool IsPrefixOf(FactSchema other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Count > other.Count)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (!Facts[i].Equals(other.Facts[i]))
            {
                return false;
            }
        }

        return true;
    }
}
