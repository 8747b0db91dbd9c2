using PolicyKit.Facts;
using PolicyKit.Populations.Columns;
using PolicyKit.Profiles;

namespace PolicyKit.Populations;

/// <summary>
/// Collects profiles into a <see cref="Population"/>, encoding each fact into its column as the
/// profile is added. Mutable and not thread-safe; <see cref="Build"/> may be called once.
/// </summary>
/// <remarks>
/// Readers of JSON Lines, CSV and databases feed this builder one profile at a time, so a
/// population never exists as a list of profiles. A profile over another schema is matched by
/// fact id; one whose fact has another type is refused before anything of it is added.
/// </remarks>
public sealed class PopulationBuilder
{
    private readonly ColumnBuilder[] _columns;
    private FactSchema? _lastPrefix;
    private bool _built;

    /// <summary>Starts an empty population over <paramref name="schema"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    public PopulationBuilder(FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _columns = [.. schema.Facts.Select(ColumnBuilder.For)];
    }

    /// <summary>The population's schema.</summary>
    public FactSchema Schema { get; }

    /// <summary>How many firms have been added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one firm.</summary>
    /// <exception cref="ArgumentException">The profile gives a fact a type other than the schema's.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called, or the population is full (2^31 - 1 firms).</exception>
    public PopulationBuilder Add(EnterpriseProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (_built)
        {
            throw new InvalidOperationException("the population was already built; start a new builder.");
        }

        if (Count == int.MaxValue)
        {
            throw new InvalidOperationException("a population holds at most 2^31 - 1 firms.");
        }

        var values = LinesUp(profile) ? profile.Values : profile.Rebind(Schema).Values;
        for (var slot = 0; slot < _columns.Length; slot++)
        {
            _columns[slot].Add(slot < values.Length ? values[slot] : default);
        }

        Count++;
        return this;
    }

    /// <summary>The population of every firm added.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public Population Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("the population was already built; start a new builder.");
        }

        _built = true;
        var words = (Count + Population.BlockSize - 1) / Population.BlockSize * (Population.BlockSize / 64);
        return new Population(Schema, Count, [.. _columns.Select(c => c.Build(words))]);
    }

    /// <summary>Whether the profile's slots are a prefix of ours (checked once per schema seen).</summary>
    private bool LinesUp(EnterpriseProfile profile)
    {
        if (ReferenceEquals(profile.Schema, Schema) || ReferenceEquals(profile.Schema, _lastPrefix))
        {
            return true;
        }

        if (profile.Schema.IsPrefixOf(Schema))
        {
            _lastPrefix = profile.Schema;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Adds one firm from its values by slot (a reader's row, no <see cref="EnterpriseProfile"/> made):
    /// the seam of the typed readers (<see cref="Sources.PopulationRows"/>), which check each value's type first.
    /// </summary>
    internal void AddValues(ReadOnlySpan<FactValue> values)
    {
        if (_built)
        {
            throw new InvalidOperationException("the population was already built; start a new builder.");
        }

        if (Count == int.MaxValue)
        {
            throw new InvalidOperationException("a population holds at most 2^31 - 1 firms.");
        }

        for (var slot = 0; slot < _columns.Length; slot++)
        {
            _columns[slot].Add(slot < values.Length ? values[slot] : default);
        }

        Count++;
    }
}
