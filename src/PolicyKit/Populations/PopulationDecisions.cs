using System.Collections.Immutable;
using System.Numerics;
using NodaTime;
using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Populations.Plan;

namespace PolicyKit.Populations;

/// <summary>
/// Every firm's decision on every item in force, from the columnar path (specification §10.11): verdict,
/// amount and up-to after modifiers, <c>capped</c>, missing facts and the question to ask, and each
/// firm's totals and best next question, equal firm by firm to the per-profile reports without reasons.
/// </summary>
/// <remarks>
/// Held as columns: two verdict bits per (item, firm), the firm's totals and next question; amounts and
/// up-tos are computed from the population's columns when read (in integer fen, exactly), and missing
/// facts from the block's masks, evaluated again when asked (the masks of every register for every
/// firm would not fit). Immutable and safe to share across threads; <see cref="Rows"/> reads a block at a time.
/// </remarks>
public sealed class PopulationDecisions
{
    private readonly DecisionFacts _facts;
    private readonly Population _population;
    private readonly int _blockSize;
    private readonly SimdWidth _width;
    private readonly int[] _planIndex;
    private readonly ulong[]?[] _true;
    private readonly ulong[]?[] _false;
    private readonly decimal[] _amount;
    private readonly decimal[] _upTo;
    private readonly ulong[] _unbounded;
    private readonly int[]? _unstated;
    private readonly int[] _question;
    private readonly object _gate = new();
    private DecisionBlock? _cached;

    internal PopulationDecisions(
        ImmutableArray<string> policyIds,
        LocalDate asOf,
        Population population,
        DecisionFacts facts,
        int blockSize,
        SimdWidth width,
        int[] planIndex,
        ulong[]?[] trueBits,
        ulong[]?[] falseBits,
        decimal[] amount,
        decimal[] upTo,
        ulong[] unbounded,
        int[]? unstated,
        int[] question)
    {
        PolicyIds = policyIds;
        AsOf = asOf;
        _population = population;
        _facts = facts;
        _blockSize = blockSize;
        _width = width;
        _planIndex = planIndex;
        _true = trueBits;
        _false = falseBits;
        _amount = amount;
        _upTo = upTo;
        _unbounded = unbounded;
        _unstated = unstated;
        _question = question;
    }

    /// <summary>The catalog's policy ids, in catalog order: the <c>policy</c> index of every accessor.</summary>
    public ImmutableArray<string> PolicyIds { get; }

    /// <summary>The date decided.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The number of firms.</summary>
    public int Count => _population.Count;

    /// <summary>Whether policy number <paramref name="policy"/> is in force on <see cref="AsOf"/>.</summary>
    public bool IsInForce(int policy) => _planIndex[policy] >= 0;

    /// <summary>Whether policy number <paramref name="policy"/> is in force and its award is money (an up-to of null is then unbounded).</summary>
    public bool IsMonetary(int policy) => _planIndex[policy] >= 0 && _facts.Plan.Policies[_planIndex[policy]].Award.Monetary;

    /// <summary>The verdict of firm <paramref name="firm"/> on policy number <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public VerdictCode Verdict(int policy, int firm)
    {
        CheckFirm(firm);
        if (_true[policy] is not { } t)
        {
            return VerdictCode.NotInForce;
        }

        var bit = 1UL << firm;
        return (t[firm >> 6] & bit) != 0 ? VerdictCode.Eligible
            : (_false[policy]![firm >> 6] & bit) != 0 ? VerdictCode.Ineligible
            : VerdictCode.Undetermined;
    }

    /// <summary>The amount the firm can count on, in yuan, or null (as <see cref="AwardOutcome.Amount"/>; null when ineligible or not in force).</summary>
    public decimal? Amount(int policy, int firm) => Figures(policy, firm) is { HasAmount: true } f ? Yuan(f.Amount) : null;

    /// <summary>The most the award can be, in yuan, or null (as <see cref="AwardOutcome.UpTo"/>; null when ineligible or not in force).</summary>
    public decimal? UpTo(int policy, int firm) => Figures(policy, firm) is { HasUpTo: true } f ? Yuan(f.UpTo) : null;

    /// <summary>Whether a cap bound the award (as <see cref="AwardOutcome.Capped"/>; false when ineligible or not in force).</summary>
    public bool Capped(int policy, int firm) => Figures(policy, firm)?.Capped ?? false;

    /// <summary>
    /// For an undetermined decision, the facts (sorted ids) whose values could still change it, as
    /// <see cref="Decision.MissingFacts"/>; otherwise empty. Evaluates the firm's block again.
    /// </summary>
    public ImmutableArray<string> MissingFacts(int policy, int firm)
    {
        if (Verdict(policy, firm) != VerdictCode.Undetermined)
        {
            return [];
        }

        var facts = new List<int>();
        lock (_gate)
        {
            var block = BlockOf(firm);
            block.MissingFacts(_facts.Plan.Policies[_planIndex[policy]].Root, firm - block.Start, facts);
        }

        return [.. facts.Select(f => _facts.Ids[f])];
    }

    /// <summary>The firm's best next question, a fact id (as the first of <c>PolicyGuide.NextQuestions</c>), or null when nothing is undetermined.</summary>
    public string? NextQuestion(int firm)
    {
        CheckFirm(firm);
        return _question[firm] < 0 ? null : _facts.Ids[_question[firm]];
    }

    /// <summary>The firm's totals after modifiers, stacking and exclusive groups, as the per-profile report's.</summary>
    public Totals TotalsOf(int firm)
    {
        CheckFirm(firm);
        return new Totals(_amount[firm], _upTo[firm], (_unbounded[firm >> 6] & (1UL << firm)) == 0) { Unstated = _unstated?[firm] ?? 0 };
    }

    /// <summary>How many firms have verdict <paramref name="verdict"/> on policy number <paramref name="policy"/>.</summary>
    public int CountOf(int policy, VerdictCode verdict)
    {
        if (_true[policy] is not { } t)
        {
            return verdict == VerdictCode.NotInForce ? Count : 0;
        }

        var eligible = Ones(t);
        var ineligible = Ones(_false[policy]!);
        return verdict switch
        {
            VerdictCode.Eligible => eligible,
            VerdictCode.Ineligible => ineligible,
            VerdictCode.Undetermined => Count - eligible - ineligible,
            _ => 0,
        };
    }

    /// <summary>The firms (ascending) with verdict <paramref name="verdict"/> on policy number <paramref name="policy"/>.</summary>
    public IEnumerable<int> FirmsWith(int policy, VerdictCode verdict)
    {
        var t = _true[policy];
        var f = _false[policy];
        var words = (Count + 63) >> 6;
        for (var w = 0; w < words; w++)
        {
            var firms = Math.Min(64, Count - (w << 6));
            var valid = firms == 64 ? ulong.MaxValue : (1UL << firms) - 1;
            var bits = t is null
                ? (verdict == VerdictCode.NotInForce ? valid : 0)
                : verdict switch
                {
                    VerdictCode.Eligible => t[w],
                    VerdictCode.Ineligible => f![w],
                    VerdictCode.Undetermined => valid & ~(t[w] | f![w]),
                    _ => 0,
                };
            while (bits != 0)
            {
                yield return (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }
        }
    }

    /// <summary>
    /// The decisions as rows, firm by firm (ascending), items in catalog order, only those
    /// <paramref name="filter"/> admits, and only of <paramref name="policyIds"/> when given: a writer emits
    /// the rows a reader needs, not items × firms. Evaluates one block at a time again for missing facts.
    /// </summary>
    /// <param name="filter">Which verdicts give rows.</param>
    /// <param name="policyIds">The items to give rows for (ids not in force give none), or null for every item in force.</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    /// <exception cref="ArgumentException">An id is not a policy of the catalog.</exception>
    public IEnumerable<DecisionRow> Rows(DecisionRowFilter filter = DecisionRowFilter.EligibleOrUndetermined, IEnumerable<string>? policyIds = null, CancellationToken cancellationToken = default)
    {
        var wanted = Selected(policyIds);
        return RowsOf(filter, wanted, cancellationToken);
    }

    /// <summary>One row per firm: its totals, verdict counts and next question.</summary>
    public IEnumerable<FirmDecisionRow> Firms()
    {
        var inForce = Enumerable.Range(0, PolicyIds.Length).Where(IsInForce).ToArray();
        for (var firm = 0; firm < Count; firm++)
        {
            int eligible = 0, undetermined = 0;
            var bit = 1UL << firm;
            foreach (var p in inForce)
            {
                var e = (_true[p]![firm >> 6] & bit) != 0;
                eligible += e ? 1 : 0;
                undetermined += !e && (_false[p]![firm >> 6] & bit) == 0 ? 1 : 0;
            }

            yield return new FirmDecisionRow(firm, TotalsOf(firm), eligible, undetermined, NextQuestion(firm));
        }
    }

    /// <summary>The plan index of each id (catalog order), or every policy in force.</summary>
    internal int[] Selected(IEnumerable<string>? policyIds)
    {
        if (policyIds is null)
        {
            return [.. Enumerable.Range(0, PolicyIds.Length).Where(IsInForce)];
        }

        var chosen = new SortedSet<int>();
        foreach (var id in policyIds)
        {
            var index = PolicyIds.IndexOf(id);
            if (index < 0)
            {
                throw new ArgumentException($"the catalog has no policy '{id}'.", nameof(policyIds));
            }

            if (IsInForce(index))
            {
                chosen.Add(index);
            }
        }

        return [.. chosen];
    }

    private IEnumerable<DecisionRow> RowsOf(DecisionRowFilter filter, int[] wanted, CancellationToken cancellationToken)
    {
        var block = new DecisionBlock(_facts, _blockSize);
        var missing = new List<int>();
        var sets = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var blocks = _population.BlockCount(_blockSize);
        var needUndetermined = filter is DecisionRowFilter.EligibleOrUndetermined or DecisionRowFilter.Undetermined or DecisionRowFilter.All;
        for (var b = 0; b < blocks; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = b * _blockSize;
            var count = Math.Min(_blockSize, Count - start);
            var evaluated = false;
            for (var local = 0; local < count; local++)
            {
                var firm = start + local;
                foreach (var p in wanted)
                {
                    var verdict = Verdict(p, firm);
                    if (!Admits(filter, verdict))
                    {
                        continue;
                    }

                    var policy = _facts.Plan.Policies[_planIndex[p]];
                    if (verdict == VerdictCode.Ineligible)
                    {
                        yield return new DecisionRow(firm, PolicyIds[p], verdict, null, null, false, [], null);
                        continue;
                    }

                    var figures = DecisionBlock.Figures(policy.Award, firm, verdict == VerdictCode.Eligible);
                    ImmutableArray<string> facts = [];
                    string? question = null;
                    if (verdict == VerdictCode.Undetermined && needUndetermined)
                    {
                        if (!evaluated)
                        {
                            block.Run(start, count, _width);
                            evaluated = true;
                        }

                        block.MissingFacts(policy.Root, local, missing);
                        facts = Interned(sets, missing);
                        var best = block.BestQuestion(local, missing);
                        question = best < 0 ? null : _facts.Ids[best];
                    }

                    yield return new DecisionRow(
                        firm,
                        PolicyIds[p],
                        verdict,
                        figures.HasAmount ? Yuan(figures.Amount) : null,
                        figures.HasUpTo ? Yuan(figures.UpTo) : null,
                        figures.Capped,
                        facts,
                        question);
                }

            }

            if (evaluated)
            {
                for (var local = 0; local < count; local++)
                {
                    block.ClearStakes(local);
                }
            }
        }
    }

    private static bool Admits(DecisionRowFilter filter, VerdictCode verdict) => filter switch
    {
        DecisionRowFilter.All => verdict != VerdictCode.NotInForce,
        DecisionRowFilter.Eligible => verdict == VerdictCode.Eligible,
        DecisionRowFilter.Undetermined => verdict == VerdictCode.Undetermined,
        _ => verdict is VerdictCode.Eligible or VerdictCode.Undetermined,
    };

    /// <summary>One immutable array per distinct set of missing facts, so rows share them.</summary>
    private ImmutableArray<string> Interned(Dictionary<string, ImmutableArray<string>> sets, List<int> facts)
    {
        var key = string.Join(',', facts);
        if (!sets.TryGetValue(key, out var set))
        {
            set = [.. facts.Select(f => _facts.Ids[f])];
            if (sets.Count < 65_536)
            {
                sets.Add(key, set);
            }
        }

        return set;
    }

    /// <summary>A figure in fen as yuan with two places.</summary>
    internal static decimal Yuan(long fen) => fen == long.MinValue
        ? fen / 100m
        : new decimal((int)(uint)Math.Abs(fen), (int)(uint)((ulong)Math.Abs(fen) >> 32), 0, fen < 0, 2);

    /// <summary>A sum in fen as yuan.</summary>
    internal static decimal Yuan(Int128 fen) => fen >= long.MinValue && fen <= long.MaxValue ? Yuan((long)fen) : (decimal)fen / 100m;

    private FirmAward? Figures(int policy, int firm)
    {
        var verdict = Verdict(policy, firm);
        if (verdict is VerdictCode.NotInForce or VerdictCode.Ineligible)
        {
            return null;
        }

        var award = _facts.Plan.Policies[_planIndex[policy]].Award;
        return DecisionBlock.Figures(award, firm, verdict == VerdictCode.Eligible);
    }

    /// <summary>The firm's block, evaluated (the last one is kept); called under the gate.</summary>
    private DecisionBlock BlockOf(int firm)
    {
        var start = firm / _blockSize * _blockSize;
        if (_cached is { } cached && cached.Start == start)
        {
            return cached;
        }

        var block = _cached ?? new DecisionBlock(_facts, _blockSize);
        block.Run(start, Math.Min(_blockSize, Count - start), _width);
        for (var local = 0; local < block.Count; local++)
        {
            block.ClearStakes(local);
        }

        _cached = block;
        return block;
    }

    private void CheckFirm(int firm)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firm);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(firm, Count);
    }

    private static int Ones(ulong[] words)
    {
        var n = 0;
        foreach (var w in words)
        {
            n += BitOperations.PopCount(w);
        }

        return n;
    }
}
