using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Model;

namespace PolicyKit.Evaluation;

/// <summary>
/// What a decision must tell besides its verdict (specification §3.23): what the sources leave
/// open, whether the item's validity is stated, whether it ends soon, and which items ended
/// shortly before the as-of date.
/// </summary>
/// <remarks>
/// Computed from the catalog and the as-of date when an output asks, never on the verdict path,
/// so evaluation costs nothing more. Thread-safe (no state).
/// </remarks>
public static class ItemNotices
{
    /// <summary>Items that ended at most this many days before the as-of date are listed as ended (已过期).</summary>
    public const int EndedWindowDays = 90;

    /// <summary>Items whose validity ends at most this many days after the as-of date are flagged as ending soon (即将截止).</summary>
    public const int EndingSoonDays = 30;

    /// <summary>
    /// What the sources of <paramref name="policy"/> leave open: its validity when no end is stated,
    /// its amount when the award is money whose ceiling cannot be stated, its conditions when the
    /// eligibility reads a fact declared as an open condition.
    /// </summary>
    /// <param name="catalog">The catalog of the policy.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="decision">Its decision, if it has one (the amount is read from its award).</param>
    public static LeftOpen LeftOpenBy(PolicyCatalog catalog, Policy policy, Decision? decision)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(policy);
        var open = LeftOpen.None;
        if (!IsValidityStated(catalog, policy))
        {
            open |= LeftOpen.Validity;
        }

        if (decision?.Award is { IsMonetary: true, UpTo: null })
        {
            open |= LeftOpen.Amount;
        }

        if (ReadsOpenCondition(catalog, policy))
        {
            open |= LeftOpen.Conditions;
        }

        return open;
    }

    /// <summary>
    /// Whether the eligibility of <paramref name="policy"/> reads a fact declared as an open condition.
    /// Kept per catalog (immutable) and item: every report of every firm asks it of every decision,
    /// and walking the predicate each time was most of a report's writing cost.
    /// </summary>
    private static bool ReadsOpenCondition(PolicyCatalog catalog, Policy policy) =>
        OpenConditionReaders.GetValue(catalog, _ => new(StringComparer.Ordinal))
            .GetOrAdd(policy.Id, _ => ReadsOpenConditionUncached(catalog, policy));

    private static bool ReadsOpenConditionUncached(PolicyCatalog catalog, Policy policy) =>
        policy.Eligibility.FactIds().Any(id => catalog.Schema.TryGet(id, out var fact, out _) && fact.IsOpenCondition);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PolicyCatalog, System.Collections.Concurrent.ConcurrentDictionary<string, bool>> OpenConditionReaders = new();

    /// <summary>Whether the sources state when <paramref name="policy"/> ends: its own validity, else its list's, has an end.</summary>
    public static bool IsValidityStated(PolicyCatalog catalog, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.ValidityOf(policy).End is not null;
    }

    /// <summary>
    /// The last day of <paramref name="policy"/> when it is in force on <paramref name="asOf"/> and
    /// ends within <see cref="EndingSoonDays"/> days of it (即将截止); otherwise <see langword="null"/>.
    /// </summary>
    public static LocalDate? EndingSoon(PolicyCatalog catalog, Policy policy, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var validity = catalog.ValidityOf(policy);
        return validity.Contains(asOf) && validity.End is { } end && end <= asOf.PlusDays(EndingSoonDays) ? end : null;
    }

    /// <summary>
    /// The items that are not in force on <paramref name="asOf"/> because they ended at most
    /// <see cref="EndedWindowDays"/> days before it, in catalog order.
    /// </summary>
    public static ImmutableArray<EndedItem> RecentlyEnded(PolicyCatalog catalog, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var from = asOf.PlusDays(-EndedWindowDays);
        var ended = ImmutableArray.CreateBuilder<EndedItem>();
        foreach (var policy in catalog.Policies)
        {
            if (catalog.ValidityOf(policy).End is { } end && end < asOf && end >= from)
            {
                ended.Add(new EndedItem(policy.Id, end));
            }
        }

        return ended.ToImmutable();
    }
}

/// <summary>What the sources of an item leave open (specification §3.23).</summary>
[Flags]
public enum LeftOpen
{
    /// <summary>Nothing decisive is left open.</summary>
    None = 0,

    /// <summary>No end of validity is stated, for the item or its list: it may have ended unannounced.</summary>
    Validity = 1,

    /// <summary>The award is money whose amount, or ceiling, cannot be stated.</summary>
    Amount = 2,

    /// <summary>A condition is left to the authority's judgement (a fact declared <c>openCondition</c>).</summary>
    Conditions = 4,
}

/// <summary>An item that ended shortly before the as-of date (已过期).</summary>
/// <param name="PolicyId">The item.</param>
/// <param name="End">Its last day in force.</param>
public sealed record EndedItem(string PolicyId, LocalDate End);
