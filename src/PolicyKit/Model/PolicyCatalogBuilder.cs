using System.Collections.Immutable;
using PolicyKit.Classifications;
using PolicyKit.Facts;
using PolicyKit.Modifiers;
using PolicyKit.Text;

namespace PolicyKit.Model;

/// <summary>Collects the parts of a <see cref="PolicyCatalog"/>.</summary>
/// <remarks>
/// Mutable and not thread-safe. <see cref="Build"/> does not validate: call
/// <see cref="Validation.CatalogValidator.Validate(PolicyCatalog)"/> (evaluators do it for you).
/// </remarks>
public sealed class PolicyCatalogBuilder
{
    private readonly ImmutableArray<FactDefinition>.Builder _facts = ImmutableArray.CreateBuilder<FactDefinition>();
    private readonly ImmutableArray<PolicyList>.Builder _lists = ImmutableArray.CreateBuilder<PolicyList>();
    private readonly ImmutableArray<Policy>.Builder _policies = ImmutableArray.CreateBuilder<Policy>();
    private readonly ImmutableArray<PayoutModifier>.Builder _modifiers = ImmutableArray.CreateBuilder<PayoutModifier>();
    private readonly ImmutableArray<Classification>.Builder _classifications = ImmutableArray.CreateBuilder<Classification>();

    internal PolicyCatalogBuilder(string id, string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        Id = id;
        Version = version;
    }

    internal PolicyCatalogBuilder(PolicyCatalog catalog)
        : this(catalog.Id, catalog.Version)
    {
        Title = catalog.Title;
        _facts.AddRange(catalog.DeclaredFacts);
        _lists.AddRange(catalog.Lists);
        _policies.AddRange(catalog.Policies);
        _modifiers.AddRange(catalog.Modifiers);
        _classifications.AddRange(catalog.Classifications);
    }

    /// <summary>The catalog id.</summary>
    public string Id { get; set; }

    /// <summary>The catalog version.</summary>
    public string Version { get; set; }

    /// <summary>The catalog's title for people, or <see langword="null"/> (outputs then show the id).</summary>
    public LocalizedText? Title { get; set; }

    /// <summary>Declares a fact of the catalog's own.</summary>
    public PolicyCatalogBuilder AddFact(FactDefinition fact) => Add(_facts, fact);

    /// <summary>Adds a list.</summary>
    public PolicyCatalogBuilder AddList(PolicyList list) => Add(_lists, list);

    /// <summary>Adds an item.</summary>
    public PolicyCatalogBuilder AddPolicy(Policy policy) => Add(_policies, policy);

    /// <summary>Removes the items with id <paramref name="policyId"/>.</summary>
    public PolicyCatalogBuilder RemovePolicy(string policyId)
    {
        _policies.RemoveAll(p => p.Id == policyId);
        return this;
    }

    /// <summary>Replaces the item with the same id as <paramref name="policy"/>, or adds it.</summary>
    public PolicyCatalogBuilder ReplacePolicy(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var index = _policies.FindIndex(p => p.Id == policy.Id);
        if (index < 0)
        {
            _policies.Add(policy);
        }
        else
        {
            _policies[index] = policy;
        }

        return this;
    }

    /// <summary>Adds a payout modifier.</summary>
    public PolicyCatalogBuilder AddModifier(PayoutModifier modifier) => Add(_modifiers, modifier);

    /// <summary>Adds a classification.</summary>
    public PolicyCatalogBuilder AddClassification(Classification classification) => Add(_classifications, classification);

    /// <summary>Makes the immutable catalog.</summary>
    public PolicyCatalog Build() => new(Id, Version, _facts.ToImmutable(), _lists.ToImmutable(), _policies.ToImmutable(), _modifiers.ToImmutable(), _classifications.ToImmutable(), Title);

    private PolicyCatalogBuilder Add<T>(ImmutableArray<T>.Builder items, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        items.Add(item);
        return this;
    }
}

internal static class BuilderExtensions
{
    public static int FindIndex<T>(this ImmutableArray<T>.Builder items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
