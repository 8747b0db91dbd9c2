using PolicyKit.Facts;
using PolicyKit.Populations.Columns;
using PolicyKit.Profiles;

namespace PolicyKit.Populations;

/// <summary>
/// Many enterprise profiles over one fact schema, held as columns (specification §10): one typed array
/// per fact slot at the narrowest width that fits, plus a known-mask of one bit per firm.
/// </summary>
/// <remarks>
/// Numbers are scaled integers (bytes, 32- or 64-bit) or, when they need it, decimals; codes,
/// texts and division codes are small integer ids into a dictionary; code sets are bit sets;
/// certifications keep their kinds and both dates. A fact no firm knows takes no memory. Firms
/// keep the order they were added in. Immutable and safe to share across threads; build one with
/// <see cref="PopulationBuilder"/> or <see cref="From"/>.
/// </remarks>
public sealed partial class Population
{
    /// <summary>Firms per block: the unit of columnar evaluation (64 × 32, a few kilobytes per column).</summary>
    internal const int BlockSize = 2048;

    private readonly Column?[] _columns;

    internal Population(FactSchema schema, int count, Column?[] columns)
    {
        Schema = schema;
        Count = count;
        _columns = columns;
    }

    /// <summary>The schema whose slots the columns hold.</summary>
    public FactSchema Schema { get; }

    /// <summary>The number of firms.</summary>
    public int Count { get; }

    /// <summary>The bytes the columns take (arrays, masks and dictionaries), an estimate of the population's memory.</summary>
    public long ColumnBytes => _columns.Sum(c => c?.Bytes ?? 0);

    /// <summary>Builds a population from <paramref name="profiles"/>, in their order.</summary>
    /// <param name="schema">The schema of the population; profiles over other schemas are rebound to it.</param>
    /// <param name="profiles">The profiles.</param>
    /// <param name="cancellationToken">Stops reading; nothing is returned then.</param>
    /// <exception cref="ArgumentException">A profile gives a fact a type other than <paramref name="schema"/>'s.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Population From(FactSchema schema, IEnumerable<EnterpriseProfile> profiles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var builder = new PopulationBuilder(schema);
        foreach (var profile in profiles)
        {
            if ((builder.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            builder.Add(profile);
        }

        return builder.Build();
    }

    /// <summary>The column of fact <paramref name="factId"/>, or null when the population has none or no firm knows it.</summary>
    internal Column? ColumnOf(string factId) => Schema.TryGet(factId, out _, out var slot) ? _columns[slot] : null;

    /// <summary>The number of blocks of <see cref="BlockSize"/> firms.</summary>
    internal int BlockCount(int blockSize) => (Count + blockSize - 1) / blockSize;
}
