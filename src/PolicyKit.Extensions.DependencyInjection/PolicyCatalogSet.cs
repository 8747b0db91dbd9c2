using System.Collections.Frozen;
using System.Collections.Immutable;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Formats;
using PolicyKit.Model;

namespace PolicyKit.Extensions.DependencyInjection;

/// <summary>The catalogs a host registered, each validated and compiled once.</summary>
/// <remarks>Immutable and thread-safe; registered as a singleton.</remarks>
public sealed class PolicyCatalogSet
{
    private readonly FrozenDictionary<string, CompiledEvaluator> _evaluators;

    /// <summary>Validates and compiles <paramref name="catalogs"/>.</summary>
    /// <exception cref="ArgumentException">No catalog is given, or two share an id.</exception>
    /// <exception cref="Validation.InvalidCatalogException">A catalog has validation errors.</exception>
    public PolicyCatalogSet(IEnumerable<PolicyCatalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        var list = catalogs.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("AddPolicyKit needs at least one catalog: call AddCatalog or AddCatalogFile.", nameof(catalogs));
        }

        var duplicate = list.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"catalog id '{duplicate.Key}' is registered twice.", nameof(catalogs));
        }

        Ids = [.. list.Select(c => c.Id)];
        _evaluators = list.ToFrozenDictionary(c => c.Id, c => new CompiledEvaluator(c), StringComparer.Ordinal);
        Default = _evaluators[Ids[0]];
    }

    /// <summary>The catalog ids, in registration order.</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>The evaluator of the first catalog registered.</summary>
    public CompiledEvaluator Default { get; }

    /// <summary>The evaluator of catalog <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No catalog has that id.</exception>
    public IPolicyEvaluator this[string id] => _evaluators.TryGetValue(id, out var evaluator)
        ? evaluator
        : throw new KeyNotFoundException($"no catalog '{id}' is registered (registered: {string.Join(", ", Ids)}).");
}
