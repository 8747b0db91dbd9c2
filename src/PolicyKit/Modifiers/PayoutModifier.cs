using System.Collections.Immutable;
using PolicyKit.Awards;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Modifiers;

/// <summary>
/// A payout ratio set by a code fact for the policies of one funding kind in one jurisdiction's
/// lists: Jimo pays non-investment funds at 100% to grades A and B, 80% to C and nothing to D
/// (001_7be4fa9757976e21.txt).
/// </summary>
/// <remarks>
/// It scales only policies whose list belongs to exactly <see cref="Jurisdiction"/> (a city
/// list's items are not scaled by a district's modifier) and whose funding kind is
/// <see cref="FundingKind"/>. A ratio of 0 keeps the verdict eligible with amount 0. Immutable.
/// </remarks>
public sealed record PayoutModifier
{
    /// <summary>Creates a modifier.</summary>
    public PayoutModifier(string id, JurisdictionCode jurisdiction, FundingKind fundingKind, string factId, IEnumerable<KeyValuePair<string, decimal>> ratios)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(factId);
        ArgumentNullException.ThrowIfNull(ratios);
        Id = id;
        Jurisdiction = jurisdiction;
        FundingKind = fundingKind;
        FactId = factId;
        Ratios = ratios.ToImmutableSortedDictionary(StringComparer.Ordinal);
        MaxRatio = Ratios.IsEmpty ? 1m : Ratios.Values.Max();
    }

    /// <summary>The modifier id.</summary>
    public string Id { get; }

    /// <summary>The jurisdiction whose own lists it scales.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>The funding kind it scales.</summary>
    public FundingKind FundingKind { get; }

    /// <summary>The code fact that selects the ratio (e.g. <c>enterprise.muYieldGrade</c>).</summary>
    public string FactId { get; }

    /// <summary>The ratio per code, each in [0, 1].</summary>
    public ImmutableSortedDictionary<string, decimal> Ratios { get; }

    /// <summary>
    /// The highest listed ratio (1 when none is listed). With the fact unknown the up-to counts the most
    /// the ratio could be: this, when every code of a closed fact is listed, else at least 1, since an
    /// unlisted code is paid in full (specification §3.16.3).
    /// </summary>
    public decimal MaxRatio { get; }

    /// <inheritdoc />
    public bool Equals(PayoutModifier? other) =>
        other is not null && Id == other.Id && Jurisdiction == other.Jurisdiction && FundingKind == other.FundingKind
        && FactId == other.FactId && Ratios.SequenceEqual(other.Ratios);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, FactId);
}
