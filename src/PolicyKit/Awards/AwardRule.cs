using System.Collections.Immutable;

namespace PolicyKit.Awards;

/// <summary>
/// How much an eligible enterprise receives: nothing monetary, money of an amount the sources do
/// not state, a fixed sum, "at most" a cap, a rate of a base fact, an amount per unit of a quantity,
/// a rule under a cap, tiers on a fact, or a share of a tax.
/// </summary>
/// <remarks>
/// Amounts are <see cref="decimal"/> yuan. Rules may be built with any numbers; validation
/// reports a negative cap or a rate outside [0, 1] before a catalog is evaluated. Equality is
/// structural. Immutable.
/// </remarks>
public abstract record AwardRule
{
    private protected AwardRule()
    {
    }

    /// <summary>Non-monetary support (land, planning, services): <c>{ "none": true }</c>.</summary>
    public static NoAward None { get; } = new();

    /// <summary>
    /// Money whose amount the sources do not state (给予奖励, no figure): <c>{ "unstated": true }</c>.
    /// Unlike <see cref="None"/> it is money; it has no amount and no ceiling.
    /// </summary>
    public static UnstatedAward Unstated { get; } = new();

    /// <summary>
    /// A candidacy, not an entitlement: meeting the conditions makes the enterprise a candidate
    /// the authority selects from (筛选10家以上…作为培育对象): <c>{ "candidacy": true }</c>. Non-monetary.
    /// </summary>
    public static CandidacyAward Candidacy { get; } = new();

    /// <summary>A fixed sum in yuan: <c>{ "fixed": 100000 }</c>.</summary>
    public static FixedAward Fixed(decimal amount) => new(amount);

    /// <summary>"At most" a cap, the amount at the authority's discretion (最高): <c>{ "upTo": 500000 }</c>.</summary>
    public static UpToAward UpTo(decimal cap) => new(cap);

    /// <summary>A rate of a money fact, optionally capped: <c>{ "rate": 0.05, "of": "project.investment", "cap": 5000000 }</c>.</summary>
    public static RateAward Rate(decimal rate, string of, decimal? cap = null) => new(rate, of, cap);

    /// <summary>
    /// An amount in yuan per unit of a quantity fact, optionally capped (每新增一名员工奖励5000元):
    /// <c>{ "perUnit": { "amount": 5000, "of": "employees.added", "cap": 500000 } }</c>.
    /// </summary>
    public static PerUnitAward PerUnit(decimal amount, string of, decimal? cap = null) => new(amount, of, cap);

    /// <summary>The smaller of <paramref name="inner"/> and <paramref name="cap"/>.</summary>
    public static CappedAward Capped(AwardRule inner, decimal cap) => new(inner, cap);

    /// <summary>The amount of the highest band whose <see cref="TierBand.From"/> the fact reaches.</summary>
    public static TieredAward Tiers(string factId, params TierBand[] bands) => new(factId, [.. bands]);

    /// <summary>A reduction by <paramref name="share"/> of tax <paramref name="tax"/>, quantified when <paramref name="of"/> names a fact with the tax due.</summary>
    public static TaxReductionAward TaxReduction(string tax, decimal share, string? of = null) => new(tax, share, of);

    /// <summary>The facts this rule reads.</summary>
    public virtual IEnumerable<string> FactIds() => [];
}

/// <summary>Non-monetary support: no amount.</summary>
public sealed record NoAward : AwardRule
{
    internal NoAward()
    {
    }
}

/// <summary>Money whose amount the sources do not state: no amount, no ceiling (specification §3.11).</summary>
public sealed record UnstatedAward : AwardRule
{
    internal UnstatedAward()
    {
    }
}

/// <summary>A candidacy for a selection by the authority: non-monetary, and no entitlement (specification §3.11).</summary>
public sealed record CandidacyAward : AwardRule
{
    internal CandidacyAward()
    {
    }
}

/// <summary>A fixed sum.</summary>
/// <param name="Amount">The sum in yuan.</param>
public sealed record FixedAward(decimal Amount) : AwardRule;

/// <summary>"At most" <paramref name="Cap"/> yuan (最高), the amount itself not stated by the rule.</summary>
/// <param name="Cap">The ceiling in yuan.</param>
public sealed record UpToAward(decimal Cap) : AwardRule;

/// <summary>A rate times a money fact, never above a cap when one is given.</summary>
public sealed record RateAward : AwardRule
{
    /// <summary>Creates a rate award.</summary>
    /// <param name="rate">The rate, a fraction such as 0.05.</param>
    /// <param name="of">The id of the base fact.</param>
    /// <param name="cap">The ceiling in yuan, or <see langword="null"/>.</param>
    public RateAward(decimal rate, string of, decimal? cap)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(of);
        Rate = rate;
        Of = of;
        Cap = cap;
    }

    /// <summary>The rate, a fraction such as 0.05.</summary>
    public new decimal Rate { get; }

    /// <summary>The id of the base fact.</summary>
    public string Of { get; }

    /// <summary>The ceiling in yuan, or <see langword="null"/>.</summary>
    public decimal? Cap { get; }

    /// <inheritdoc />
    public override IEnumerable<string> FactIds() => [Of];
}

/// <summary>
/// An amount per unit of an integer or decimal fact (每亩X元, 每新增一名员工5000元), never above a
/// cap when one is given; a negative quantity pays nothing (specification §3.12).
/// </summary>
public sealed record PerUnitAward : AwardRule
{
    /// <summary>Creates an amount-per-unit award.</summary>
    /// <param name="amount">Yuan per unit of the quantity.</param>
    /// <param name="of">The id of the quantity fact.</param>
    /// <param name="cap">The ceiling in yuan, or <see langword="null"/>.</param>
    public PerUnitAward(decimal amount, string of, decimal? cap)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(of);
        Amount = amount;
        Of = of;
        Cap = cap;
    }

    /// <summary>Yuan per unit of the quantity.</summary>
    public decimal Amount { get; }

    /// <summary>The id of the quantity fact.</summary>
    public string Of { get; }

    /// <summary>The ceiling in yuan, or <see langword="null"/>.</summary>
    public decimal? Cap { get; }

    /// <inheritdoc />
    public override IEnumerable<string> FactIds() => [Of];
}

/// <summary>The smaller of an inner rule's amount and a cap.</summary>
/// <param name="Inner">The rule capped.</param>
/// <param name="Cap">The ceiling in yuan.</param>
public sealed record CappedAward(AwardRule Inner, decimal Cap) : AwardRule
{
    /// <summary>The rule capped.</summary>
    public AwardRule Inner { get; } = Inner ?? throw new ArgumentNullException(nameof(Inner));

    /// <inheritdoc />
    public override IEnumerable<string> FactIds() => Inner.FactIds();
}

/// <summary>One band of a <see cref="TieredAward"/>: from a value of the fact (inclusive), a sum.</summary>
/// <param name="From">The lowest value of the fact in this band, inclusive.</param>
/// <param name="Amount">The sum in yuan.</param>
public sealed record TierBand(decimal From, decimal Amount);

/// <summary>
/// Tiers on a number fact: the amount of the highest band whose <see cref="TierBand.From"/>
/// the value reaches; nothing below the lowest band.
/// </summary>
public sealed record TieredAward : AwardRule
{
    /// <summary>Creates tiers; bands are kept in the order given (validation checks they ascend).</summary>
    public TieredAward(string factId, ImmutableArray<TierBand> bands)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(factId);
        if (bands.IsDefault || bands.Any(b => b is null))
        {
            throw new ArgumentException("bands must not be null.", nameof(bands));
        }

        FactId = factId;
        Bands = bands;
    }

    /// <summary>The fact the tiers read.</summary>
    public string FactId { get; }

    /// <summary>The bands.</summary>
    public ImmutableArray<TierBand> Bands { get; }

    /// <inheritdoc />
    public override IEnumerable<string> FactIds() => [FactId];

    /// <inheritdoc />
    public bool Equals(TieredAward? other) => other is not null && FactId == other.FactId && Bands.SequenceEqual(other.Bands);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FactId, Bands.Length);
}

/// <summary>
/// A reduction of a tax by a share (减征), e.g. 50% of resource tax for small-scale taxpayers.
/// </summary>
/// <remarks>
/// The amount is <see cref="Share"/> times the tax due, known only when <see cref="Of"/> names a
/// money fact holding it; otherwise the award is a non-monetary statement of the reduction.
/// </remarks>
/// <param name="Tax">The tax's code, e.g. <c>resource-tax</c>.</param>
/// <param name="Share">The share taken off, a fraction such as 0.5.</param>
/// <param name="Of">The id of a money fact with the tax due, or <see langword="null"/>.</param>
public sealed record TaxReductionAward(string Tax, decimal Share, string? Of) : AwardRule
{
    /// <summary>The tax's code.</summary>
    public string Tax { get; } = !string.IsNullOrWhiteSpace(Tax) ? Tax : throw new ArgumentException("a tax reduction names its tax.", nameof(Tax));

    /// <inheritdoc />
    public override IEnumerable<string> FactIds() => Of is null ? [] : [Of];
}
