using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Model;
using PolicyKit.Populations.Plan;
using PolicyKit.Validation;

namespace PolicyKit.Populations;

/// <summary>
/// Decides a catalog for every firm of a <see cref="Population"/> at once (specification §7, §10): each
/// predicate leaf is a vector compare over a column producing a bit mask, and <c>all</c>,
/// <c>any</c>, <c>not</c> are mask operations on Kleene's true and false bits.
/// </summary>
/// <remarks>
/// Firms are taken in blocks of 2,048 that stay in cache, blocks run in parallel, and every
/// figure equals what the per-profile <see cref="Compilation.CompiledEvaluator"/> reports, summed.
/// An unknown fact leaves the verdicts that depend on it undetermined, never a throw. Immutable
/// and safe to share across threads.
/// </remarks>
public sealed class PopulationEvaluator
{
    /// <summary>Validates <paramref name="catalog"/> for columnar evaluation.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="InvalidCatalogException">Validation found errors; the exception lists them all.</exception>
    public PopulationEvaluator(PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        CatalogValidator.ThrowIfInvalid(catalog);
        Catalog = catalog;
        PolicyIds = [.. catalog.Policies.Select(p => p.Id)];
    }

    /// <summary>The catalog.</summary>
    public PolicyCatalog Catalog { get; }

    /// <summary>The catalog's policy ids, in catalog order.</summary>
    public ImmutableArray<string> PolicyIds { get; }

    /// <summary>Every firm's verdict on every policy, as masks.</summary>
    /// <param name="population">The firms.</param>
    /// <param name="asOf">The date; policies not in force then are <see cref="Compilation.VerdictCode.NotInForce"/>.</param>
    /// <param name="options">Cores, vector width, progress; defaults when null.</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    /// <exception cref="ArgumentException">The population holds a fact the catalog uses with an incompatible type.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public PopulationVerdicts MatchVerdicts(Population population, LocalDate asOf, PopulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(population);
        options ??= new PopulationOptions();
        var plan = ColumnarPlan.Build(Catalog, population, asOf);
        var words = population.BlockCount(Population.BlockSize) * (Population.BlockSize / 64);
        var trueBits = new ulong[]?[PolicyIds.Length];
        var falseBits = new ulong[]?[PolicyIds.Length];
        var columns = new int[plan.Policies.Length];
        for (var p = 0; p < plan.Policies.Length; p++)
        {
            columns[p] = PolicyIds.IndexOf(plan.Policies[p].Id);
            trueBits[columns[p]] = new ulong[words];
            falseBits[columns[p]] = new ulong[words];
        }

        var width = BlockLoop.WidthOf(options);
        BlockLoop.Run(
            population,
            options,
            () => new Registers(plan.RegisterCount, options.BlockSize),
            (registers, start, count) =>
            {
                plan.Evaluate(registers, start, count, width);
                for (var p = 0; p < columns.Length; p++)
                {
                    var root = plan.Policies[p].Root;
                    registers.True(root).CopyTo(trueBits[columns[p]].AsSpan(start >> 6));
                    registers.False(root).CopyTo(falseBits[columns[p]].AsSpan(start >> 6));
                }
            },
            _ => { },
            cancellationToken);
        return new PopulationVerdicts(PolicyIds, population.Count, trueBits, falseBits);
    }

    /// <summary>
    /// Every firm's decision on every policy in force (specification §10.11): verdicts, amounts and
    /// up-tos after modifiers, <c>capped</c>, missing facts, each firm's totals and best next question,
    /// equal firm by firm to the per-profile reports without reasons.
    /// </summary>
    /// <param name="population">The firms.</param>
    /// <param name="asOf">The date; policies not in force then have no decisions.</param>
    /// <param name="options">Cores, vector width, progress; defaults when null.</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    /// <exception cref="ArgumentException">The population holds a fact the catalog uses with an incompatible type.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public PopulationDecisions Decide(Population population, LocalDate asOf, PopulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(population);
        options ??= new PopulationOptions();
        var plan = ColumnarPlan.Build(Catalog, population, asOf);
        var facts = new DecisionFacts(plan);
        var words = population.BlockCount(Population.BlockSize) * (Population.BlockSize / 64);
        var trueBits = new ulong[]?[PolicyIds.Length];
        var falseBits = new ulong[]?[PolicyIds.Length];
        var planIndex = new int[PolicyIds.Length];
        Array.Fill(planIndex, -1);
        var columns = new int[plan.Policies.Length];
        for (var p = 0; p < plan.Policies.Length; p++)
        {
            columns[p] = PolicyIds.IndexOf(plan.Policies[p].Id);
            planIndex[columns[p]] = p;
            trueBits[columns[p]] = new ulong[words];
            falseBits[columns[p]] = new ulong[words];
        }

        var count = population.Count;
        var amount = new decimal[count];
        var upTo = new decimal[count];
        var unbounded = new ulong[words];
        var unstated = plan.Policies.Any(p => p.Award.Monetary && p.Award.Unstated) ? new int[count] : null;
        var question = new int[count];
        var width = BlockLoop.WidthOf(options);
        BlockLoop.Run(
            population,
            options,
            () => new DecisionBlock(facts, options.BlockSize),
            (block, start, n) =>
            {
                block.Run(start, n, width);
                var registers = block.Registers;
                for (var p = 0; p < columns.Length; p++)
                {
                    var root = plan.Policies[p].Root;
                    registers.True(root).CopyTo(trueBits[columns[p]].AsSpan(start >> 6));
                    registers.False(root).CopyTo(falseBits[columns[p]].AsSpan(start >> 6));
                }

                for (var local = 0; local < n; local++)
                {
                    var firm = start + local;
                    amount[firm] = PopulationDecisions.Yuan(block.AmountOf(local));
                    upTo[firm] = PopulationDecisions.Yuan(block.UpToOf(local));
                    if (!block.BoundedOf(local))
                    {
                        unbounded[firm >> 6] |= 1UL << firm;
                    }

                    if (unstated is not null)
                    {
                        unstated[firm] = block.UnstatedOf(local);
                    }

                    question[firm] = block.BestQuestion(local);
                    block.ClearStakes(local);
                }
            },
            _ => { },
            cancellationToken);
        return new PopulationDecisions(PolicyIds, asOf, population, facts, options.BlockSize, width, planIndex, trueBits, falseBits, amount, upTo, unbounded, unstated, question);
    }
}
