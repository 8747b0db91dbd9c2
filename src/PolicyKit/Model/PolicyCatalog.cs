using System.Collections.Frozen;
using System.Collections.Immutable;
using PolicyKit.Classifications;
using PolicyKit.Facts;
using PolicyKit.Modifiers;
using PolicyKit.Text;

namespace PolicyKit.Model;

/// <summary>
/// A versioned bundle of policy lists, their items, the facts they read, payout modifiers and
/// classifications: what a district publishes, as one immutable value.
/// </summary>
/// <remarks>
/// Build one with <see cref="CreateBuilder"/> or read one from JSON; both give the same objects
/// and the same evaluation. A catalog may be built with mistakes (unknown facts, duplicate ids);
/// <see cref="Validation.CatalogValidator"/> reports them all, and evaluators refuse a catalog
/// with errors. Immutable and thread-safe.
/// </remarks>
public sealed class PolicyCatalog
{
    private readonly FrozenDictionary<string, Policy> _policies;
    private readonly FrozenDictionary<string, PolicyList> _lists;

    internal PolicyCatalog(
        string id,
        string version,
        ImmutableArray<FactDefinition> facts,
        ImmutableArray<PolicyList> lists,
        ImmutableArray<Policy> policies,
        ImmutableArray<PayoutModifier> modifiers,
        ImmutableArray<Classification> classifications,
        LocalizedText? title = null)
    {
        Id = id;
        Title = title;
        Version = version;
        DeclaredFacts = facts;
        Lists = lists;
        Policies = policies;
        Modifiers = modifiers;
        Classifications = classifications;

        // Duplicates are reported by validation; lookups keep the first of each id.
        var standard = StandardFacts.Definitions.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        Schema = FactSchema.Create(facts.Where(f => standard.Add(f.Id)));
        _policies = First(policies, p => p.Id);
        _lists = First(lists, l => l.Id);
    }

    /// <summary>The catalog id, e.g. <c>qingdao-reference</c>.</summary>
    public string Id { get; }

    /// <summary>The catalog's version, e.g. <c>2023.1.0</c>.</summary>
    public string Version { get; }

    /// <summary>
    /// The catalog's title for people (青岛惠企政策参考目录), or <see langword="null"/>; outputs then name the catalog by
    /// its <see cref="Id"/>.
    /// </summary>
    public LocalizedText? Title { get; }

    /// <summary>The facts the catalog declares beyond the standard ones.</summary>
    public ImmutableArray<FactDefinition> DeclaredFacts { get; }

    /// <summary>The standard facts and the declared ones, with their slots.</summary>
    public FactSchema Schema { get; }

    /// <summary>The lists.</summary>
    public ImmutableArray<PolicyList> Lists { get; }

    /// <summary>The items, in catalog order (the order of every report).</summary>
    public ImmutableArray<Policy> Policies { get; }

    /// <summary>The payout modifiers.</summary>
    public ImmutableArray<PayoutModifier> Modifiers { get; }

    /// <summary>The classifications.</summary>
    public ImmutableArray<Classification> Classifications { get; }

    /// <summary>Starts a catalog.</summary>
    public static PolicyCatalogBuilder CreateBuilder(string id, string version) => new(id, version);

    /// <summary>A builder holding this catalog's content, to derive a changed catalog.</summary>
    public PolicyCatalogBuilder ToBuilder() => new(this);

    /// <summary>
    /// The content hash once <c>CatalogContent.ContentHash</c> has computed it: a cache of a value
    /// derived from the immutable content (a benign race computes the same string twice).
    /// </summary>
    internal string? ContentHashCache { get; set; }

    /// <summary>Finds an item by id.</summary>
    public Policy? FindPolicy(string id) => _policies.GetValueOrDefault(id);

    /// <summary>Finds a list by id.</summary>
    public PolicyList? FindList(string id) => _lists.GetValueOrDefault(id);

    /// <summary>The days policy <paramref name="policy"/> is in force: its own validity, else its list's.</summary>
    public Validity ValidityOf(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Validity ?? FindList(policy.List)?.Validity ?? Validity.Always;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Version}";

    private static FrozenDictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(key(item), item);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
