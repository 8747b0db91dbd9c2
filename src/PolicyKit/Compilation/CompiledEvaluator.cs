using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Model;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Semantics;
using PolicyKit.Text;
using PolicyKit.Validation;

namespace PolicyKit.Compilation;

/// <summary>
/// Decides a catalog's policies with predicates and awards compiled once: fact ids resolved to
/// slots, texts prepared, modifiers bound. Gives the same reports as <see cref="PolicyEvaluator"/>,
/// which stays the reference it is tested against.
/// </summary>
/// <remarks>
/// <see cref="Evaluate"/> allocates only the report (reason texts and the determination id are
/// made when first read). <see cref="MatchVerdicts"/> allocates nothing. Immutable and safe to
/// share across threads.
/// </remarks>
public sealed class CompiledEvaluator : IPolicyEvaluator
{
    private readonly Entry[] _entries;
    private readonly (int Slot, Classifications.Classification Classification)[] _classifications;
    private readonly int[] _groupOf;
    private readonly int _groupCount;

    /// <summary>Validates and compiles <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="InvalidCatalogException">Validation found errors; the exception lists them all.</exception>
    public CompiledEvaluator(PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        CatalogValidator.ThrowIfInvalid(catalog);
        Catalog = catalog;
        var schema = catalog.Schema;
        _entries = [.. catalog.Policies.Select(p => new Entry(
            p.Id,
            catalog.ValidityOf(p),
            PredicateCompiler.Compile(p.Eligibility, schema),
            CompiledAward.Compile(p.Award, schema),
            ReasonText.Award(p.Award, schema),
            PolicyEvaluator.ModifiersFor(catalog, p),
            p.Stacking.ExclusiveGroup))];
        var groups = catalog.Policies.Select(p => p.Stacking.ExclusiveGroup).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        _groupOf = [.. catalog.Policies.Select(p => p.Stacking.ExclusiveGroup is { } g ? groups.IndexOf(g) : -1)];
        _groupCount = groups.Count;
        _classifications = [.. catalog.Classifications.Select(c => (schema.SlotOf(c.FactId), c))];
        PolicyIds = [.. catalog.Policies.Select(p => p.Id)];
    }

    /// <inheritdoc />
    public PolicyCatalog Catalog { get; }

    /// <summary>The catalog's policy ids, in the order <see cref="MatchVerdicts"/> writes them.</summary>
    public ImmutableArray<string> PolicyIds { get; }

    /// <inheritdoc />
    public DecisionReport Evaluate(EnterpriseProfile profile, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var bound = profile.Rebind(Catalog.Schema);
        var values = bound.Values;
        var count = 0;
        foreach (var entry in _entries)
        {
            count += entry.Validity.Contains(asOf) ? 1 : 0;
        }

        var reasons = new ReasonNode[count];
        var awards = new AwardOutcome?[count];
        var parts = new TotalsCalculator.Part[count];
        var index = new int[count];
        var k = 0;
        for (var i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i];
            if (!entry.Validity.Contains(asOf))
            {
                continue;
            }

            var node = entry.Eligibility.Explain(values, asOf);
            var verdict = Verdicts.Of(node.Outcome);
            var award = verdict == Verdict.Ineligible
                ? null
                : AwardCalculator.Finish(entry.AwardText, entry.Award.Compute(values), verdict, entry.Modifiers, values);
            reasons[k] = node;
            awards[k] = award;
            index[k] = i;
            parts[k] = new TotalsCalculator.Part(entry.Group, award?.Amount, award?.UpTo, award is { IsMonetary: true }, award is { IsAmountUnstated: true });
            k++;
        }

        var (totals, counted) = TotalsCalculator.Sum(parts);
        var decisions = new Decision[count];
        for (var d = 0; d < count; d++)
        {
            var verdict = Verdicts.Of(reasons[d].Outcome);
            decisions[d] = new Decision(_entries[index[d]].PolicyId, verdict, awards[d], PredicateInterpreter.MissingFacts(reasons[d]), reasons[d], counted[d]);
        }

        return new DecisionReport(asOf, Catalog, bound, ImmutableCollectionsMarshalShim.AsImmutable(decisions), totals, Classify(values));
    }

    /// <summary>
    /// Writes one verdict per catalog policy (in <see cref="PolicyIds"/> order) into
    /// <paramref name="verdicts"/>, without reasons or awards and without allocating.
    /// </summary>
    /// <param name="profile">The profile; its schema must be the catalog's or a prefix of it (e.g. the standard facts).</param>
    /// <param name="asOf">The date.</param>
    /// <param name="verdicts">At least <see cref="PolicyIds"/>.Length elements.</param>
    /// <exception cref="ArgumentException"><paramref name="verdicts"/> is too short, or the profile's schema does not line up with the catalog's.</exception>
    public void MatchVerdicts(EnterpriseProfile profile, LocalDate asOf, Span<VerdictCode> verdicts)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!ReferenceEquals(profile.Schema, Catalog.Schema) && !profile.Schema.IsPrefixOf(Catalog.Schema))
        {
            throw new ArgumentException("the profile's schema does not line up with the catalog's; build it over catalog.Schema or rebind it first.", nameof(profile));
        }

        MatchValues(profile.Values, asOf, verdicts);
    }

    internal void MatchValues(ReadOnlySpan<FactValue> values, LocalDate asOf, Span<VerdictCode> verdicts)
    {
        if (verdicts.Length < _entries.Length)
        {
            throw new ArgumentException($"room for {_entries.Length} verdicts is needed, {verdicts.Length} given.", nameof(verdicts));
        }

        for (var i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i];
            verdicts[i] = !entry.Validity.Contains(asOf)
                ? VerdictCode.NotInForce
                : entry.Eligibility.Eval(values, asOf) switch
                {
                    Truth.True => VerdictCode.Eligible,
                    Truth.False => VerdictCode.Ineligible,
                    _ => VerdictCode.Undetermined,
                };
        }
    }

    /// <summary>
    /// Verdicts, award figures and totals without reasons and without allocating: the nightly
    /// re-matching path. Figures are the same as <see cref="Evaluate"/> gives.
    /// </summary>
    /// <param name="profile">The profile; its schema must be the catalog's or a prefix of it.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="verdicts">One per policy, in <see cref="PolicyIds"/> order.</param>
    /// <param name="amounts">Each policy's amount (null when none or not determined).</param>
    /// <param name="upTos">Each policy's up-to (null when ineligible, not in force, non-monetary or unbounded).</param>
    /// <returns>The totals, as in the full report.</returns>
    /// <exception cref="ArgumentException">A span is too short, or the profile's schema does not line up with the catalog's.</exception>
    public Totals MatchTotals(EnterpriseProfile profile, LocalDate asOf, Span<VerdictCode> verdicts, Span<decimal?> amounts, Span<decimal?> upTos)
    {
        MatchVerdicts(profile, asOf, verdicts);
        if (amounts.Length < _entries.Length || upTos.Length < _entries.Length)
        {
            throw new ArgumentException($"room for {_entries.Length} amounts and up-tos is needed.", nameof(amounts));
        }

        var values = profile.Values;
        Span<ExclusiveGroup<decimal>> groups = _groupCount <= 64 ? stackalloc ExclusiveGroup<decimal>[_groupCount] : new ExclusiveGroup<decimal>[_groupCount];
        groups.Clear();
        var totals = default(TotalsFold<decimal>);
        for (var i = 0; i < _entries.Length; i++)
        {
            amounts[i] = upTos[i] = null;
            if (verdicts[i] is not (VerdictCode.Eligible or VerdictCode.Undetermined))
            {
                continue;
            }

            var entry = _entries[i];
            var raw = entry.Award.Compute(values);
            if (!raw.Monetary)
            {
                continue;
            }

            var (a, u) = AwardCalculator.Scale(raw, verdicts[i] == VerdictCode.Eligible ? Verdict.Eligible : Verdict.Undetermined, entry.Modifiers, values);
            amounts[i] = a;
            upTos[i] = u;
            totals.NoteUnstated(raw.Unstated);
            var g = _groupOf[i];
            if (g < 0)
            {
                totals.AddStandalone(a is not null, a ?? 0m, u is not null, u ?? 0m);
            }
            else
            {
                groups[g].Add(i, a is not null, a ?? 0m, u is not null, u ?? 0m);
            }
        }

        foreach (ref readonly var group in groups)
        {
            totals.AddGroup(group);
        }

        return new Totals(totals.Amount, totals.UpTo, totals.Bounded) { Unstated = totals.Unstated };
    }

    private ImmutableArray<ClassificationOutcome> Classify(ReadOnlySpan<FactValue> values)
    {
        if (_classifications.Length == 0)
        {
            return [];
        }

        var outcomes = new ClassificationOutcome[_classifications.Length];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var (slot, classification) = _classifications[i];
            var value = (uint)slot < (uint)values.Length ? values[slot] : default;
            outcomes[i] = value.IsKnown
                ? new ClassificationOutcome(classification.Id, classification.Classify(value.AsNumber())?.Id, true)
                : new ClassificationOutcome(classification.Id, null, false);
        }

        return ImmutableCollectionsMarshalShim.AsImmutable(outcomes);
    }

    private sealed record Entry(
        string PolicyId,
        Validity Validity,
        CompiledPredicate Eligibility,
        CompiledAward Award,
        LocalizedText AwardText,
        ImmutableArray<BoundModifier> Modifiers,
        string? Group);
}

/// <summary>A verdict on the allocation-free path, with a value for policies not in force.</summary>
public enum VerdictCode : byte
{
    /// <summary>The policy is not in force on the date: not decided.</summary>
    NotInForce,

    /// <summary>Eligible.</summary>
    Eligible,

    /// <summary>Ineligible.</summary>
    Ineligible,

    /// <summary>Undetermined.</summary>
    Undetermined,
}
