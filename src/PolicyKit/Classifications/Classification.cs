using System.Collections.Immutable;
using PolicyKit.Text;

namespace PolicyKit.Classifications;

/// <summary>
/// Tiers of a number fact that name a class: Laoshan's doubling plan calls a firm leading (龙头)
/// above 10 billion yuan output, backbone (骨干) above 1 billion, high-growth (高成长) above 300
/// million (000_34899839cc439578.txt).
/// </summary>
/// <remarks>The first tier the value passes names the class, so list tiers from the highest. Immutable.</remarks>
public sealed record Classification
{
    /// <summary>Creates a classification.</summary>
    public Classification(string id, LocalizedText title, string factId, IEnumerable<ClassificationTier> tiers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(factId);
        ArgumentNullException.ThrowIfNull(tiers);
        Id = id;
        Title = title;
        FactId = factId;
        Tiers = [.. tiers];
    }

    /// <summary>The classification id.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The number fact classified.</summary>
    public string FactId { get; }

    /// <summary>The tiers, highest first.</summary>
    public ImmutableArray<ClassificationTier> Tiers { get; }

    /// <summary>The tier <paramref name="value"/> falls in, or <see langword="null"/> below every tier.</summary>
    public ClassificationTier? Classify(decimal value) => Tiers.FirstOrDefault(t => t.Admits(value));

    /// <inheritdoc />
    public bool Equals(Classification? other) =>
        other is not null && Id == other.Id && Title == other.Title && FactId == other.FactId && Tiers.SequenceEqual(other.Tiers);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, FactId);
}

/// <summary>One class of a <see cref="Classification"/>: values above (or from) a threshold.</summary>
/// <param name="Id">The class id, e.g. <c>leading</c>.</param>
/// <param name="Title">The class name.</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="Inclusive">Whether the threshold itself belongs to the class (<c>ge</c>) or not (<c>gt</c>, "over").</param>
public sealed record ClassificationTier(string Id, LocalizedText Title, decimal Threshold, bool Inclusive)
{
    /// <summary>Whether <paramref name="value"/> reaches this tier.</summary>
    public bool Admits(decimal value) => Inclusive ? value >= Threshold : value > Threshold;
}
