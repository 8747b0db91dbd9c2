using System.Numerics;
using PolicyKit.Populations.Columns;
using PolicyKit.Populations.Plan;
using PolicyKit.Semantics;

namespace PolicyKit.Simulation;

/// <summary>
/// Simulates one plan block by block for one worker: verdict counts from the masks, awards for
/// the eligible and undetermined firms only, exclusive groups per firm, and the firms' totals.
/// </summary>
/// <remarks>
/// Awards the same for every firm are counted by popcount; others are computed for each firm
/// that needs them. Totals of standalone policies are linear, so they are the policies' sums; a
/// firm's up-to is above zero exactly when one of its parts is, unless a part is negative (a rate
/// of a negative figure), in which case the block's per-firm up-tos are summed outright.
/// All scratch is allocated once per worker.
/// </remarks>
internal sealed class PlanSimulator
{
    private readonly ColumnarPlan _plan;
    private readonly int _blockSize;
    private readonly int _words;
    private readonly ExclusiveGroup<long>[] _groups;
    private readonly ulong[] _touched;
    private readonly ulong[] _positive;
    private readonly ulong[] _unbounded;
    private readonly long[] _firmUpTo;
    private readonly bool[] _uniformGroup;
    private readonly PlannedPolicy[][] _byAmount;
    private readonly PlannedPolicy[][] _byUpTo;
    private readonly Dictionary<CodeColumn, (int Start, ulong[] Masks)> _digits = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IClassified, (int Start, ulong[] Masks)> _classes = new(ReferenceEqualityComparer.Instance);

    public PlanSimulator(ColumnarPlan plan, int blockSize)
    {
        _plan = plan;
        _blockSize = blockSize;
        _words = blockSize / 64;
        Registers = new Registers(plan.RegisterCount, blockSize);
        Tally = new PlanTally(plan.Policies.Length);
        _groups = new ExclusiveGroup<long>[plan.GroupCount * blockSize];
        _touched = new ulong[plan.GroupCount * _words];
        _positive = new ulong[_words];
        _unbounded = new ulong[_words];
        _firmUpTo = new long[blockSize];

        // A group whose monetary members all pay the same to every firm is decided by masks alone.
        _uniformGroup = [.. Enumerable.Range(0, plan.GroupCount).Select(g => plan.Policies.Where(p => p.Group == g && p.Award.Monetary).All(p => p.Award.IsUniform))];
        var members = Enumerable.Range(0, plan.GroupCount).Select(g => plan.Policies.Where(p => p.Group == g && p.Award.Monetary && p.Award.IsUniform).ToArray()).ToArray();
        _byAmount = [.. members.Select(m => m.Where(p => p.Award.Eligible.HasAmount).OrderByDescending(p => p.Award.Eligible.Amount).ToArray())];
        _byUpTo = [.. members.Select(m => m.OrderByDescending(p => ExclusiveGroup.UpToPart(p.Award.Eligible.HasUpTo, p.Award.Eligible.UpTo)).ToArray())];
    }

    public Registers Registers { get; }

    public PlanTally Tally { get; }

    public void Run(int start, int count, SimdWidth width)
    {
        _plan.Evaluate(Registers, start, count, width);
        var valid = Registers.Valid(count);
        Array.Clear(_touched);
        Array.Clear(_positive);
        Array.Clear(_unbounded);
        var negative = false;
        var policies = _plan.Policies;
        for (var p = 0; p < policies.Length; p++)
        {
            var policy = policies[p];
            var t = Registers.True(policy.Root);
            var f = Registers.False(policy.Root);
            var eligible = Ones(t);
            var ineligible = Ones(f);
            var undetermined = count - eligible - ineligible;
            Tally.Eligible[p] += eligible;
            Tally.Ineligible[p] += ineligible;
            Tally.Undetermined[p] += undetermined;
            var award = policy.Award;
            if (!award.Monetary)
            {
                continue;
            }

            if (award.IsUniform && (policy.Group < 0 || _uniformGroup[policy.Group]))
            {
                negative |= Uniform(p, award, valid, f, eligible, undetermined, policy.Group < 0);
                continue;
            }

            if (policy.Group < 0 && award.ByCode is { } byCode)
            {
                var digits = byCode.Column is null ? null : Digits(byCode.Column, start, count);
                negative |= ByKey(p, digits, byCode.Eligible, byCode.Undetermined, valid, t, f);
                continue;
            }

            if (policy.Group < 0 && award.ByClass is { } byClass)
            {
                negative |= ByKey(p, Classes(byClass.Classifier, start, count, valid, width), byClass.Eligible, byClass.Undetermined, valid, t, f);
                continue;
            }

            if (policy.Group < 0 && award.Rate is { } rate)
            {
                negative |= Rate(p, rate, award, start, valid, t, f, null, 0, true);
                continue;
            }

            if (policy.Group < 0 && award.RateByCode is { } rateByCode)
            {
                var digits = rateByCode.Column is null ? null : Digits(rateByCode.Column, start, count);
                for (var digit = 0; digit < rateByCode.Rates.Length; digit++)
                {
                    negative |= Rate(p, rateByCode.Rates[digit], award, start, valid, t, f, digits, digit, rateByCode.HasAmount[digit]);
                }

                continue;
            }

            for (var w = 0; w < t.Length; w++)
            {
                var open = valid[w] & ~f[w];
                while (open != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(open);
                    open &= open - 1;
                    var local = (w << 6) + bit;
                    var firm = award.Compute(start + local, ((t[w] >> bit) & 1) != 0);
                    negative |= Add(p, policy.Group, local, firm);
                }
            }
        }

        for (var group = 0; group < _plan.GroupCount; group++)
        {
            if (_uniformGroup[group])
            {
                UniformGroup(group, valid);
            }
        }

        FinishGroups();
        Tally.FirmsWithAward += negative ? CountPositiveOutright(start, count, valid) : Ones(_positive);
        Tally.UnboundedFirms += Ones(_unbounded);
    }

    /// <summary>An award the same for every firm: sums by count, masks by whole words (for the totals only when standalone).</summary>
    private bool Uniform(int p, ColumnarAward award, ReadOnlySpan<ulong> valid, ReadOnlySpan<ulong> f, int eligible, int undetermined, bool standalone)
    {
        var (e, u) = (award.Eligible, award.Undetermined);
        if (e.HasAmount)
        {
            Tally.Amount[p] += (Int128)e.Amount * eligible;
        }

        if (!e.HasUpTo)
        {
            Tally.Unbounded[p] += eligible + undetermined;
            if (standalone)
            {
                Or(_unbounded, valid, f);
            }

            return false;
        }

        Tally.UpTo[p] += (Int128)e.UpTo * eligible + (Int128)u.UpTo * undetermined;
        if (standalone && e.UpTo > 0)
        {
            Or(_positive, valid, f);
        }

        return standalone && e.UpTo < 0;
    }

    /// <summary>
    /// A standalone award that depends only on a key of the firm (the code of one modifier's fact,
    /// or a tier band): per key, sums by count over the key's mask (null masks: key 0 is every firm).
    /// </summary>
    private bool ByKey(int p, ulong[]? masks, FirmAward[] eligibleBy, FirmAward[] undeterminedBy, ReadOnlySpan<ulong> valid, ReadOnlySpan<ulong> t, ReadOnlySpan<ulong> f)
    {
        var negative = false;
        for (var digit = 0; digit < eligibleBy.Length; digit++)
        {
            var (e, u) = (eligibleBy[digit], undeterminedBy[digit]);
            int eligible = 0, open = 0;
            for (var w = 0; w < _words; w++)
            {
                var mask = masks is null ? (digit == 0 ? valid[w] : 0) : masks[(digit * _words) + w];
                var eu = valid[w] & ~f[w] & mask;
                eligible += BitOperations.PopCount(t[w] & mask);
                open += BitOperations.PopCount(eu);
                if (!e.HasUpTo)
                {
                    _unbounded[w] |= eu;
                }
                else if (e.UpTo > 0)
                {
                    _positive[w] |= eu;
                }
            }

            if (e.HasAmount)
            {
                Tally.Amount[p] += (Int128)e.Amount * eligible;
            }

            if (e.HasUpTo)
            {
                Tally.UpTo[p] += (Int128)e.UpTo * eligible + (Int128)u.UpTo * (open - eligible);
                negative |= e.UpTo < 0 && open > 0;
            }
            else
            {
                Tally.Unbounded[p] += open;
            }
        }

        return negative;
    }

    /// <summary>Bit masks of the block's firms by tier band, made once per block and classifier.</summary>
    private ulong[] Classes(IClassified classifier, int start, int count, ReadOnlySpan<ulong> valid, SimdWidth width)
    {
        if (_classes.TryGetValue(classifier, out var cached) && cached.Start == start)
        {
            return cached.Masks;
        }

        var masks = cached.Masks ?? new ulong[classifier.ClassCount * _words];
        classifier.ClassMasks(start, count, valid, masks, width);
        _classes[classifier] = (start, masks);
        return masks;
    }

    /// <summary>
    /// A standalone rate over the firms of one key digit (null masks: digit 0 is every firm), the
    /// amount only where the digit pays one: firms with an unknown base by count, the others one
    /// integer multiply and rounding each, in a loop over the block's words.
    /// </summary>
    private bool Rate(int p, ExactRate rate, ColumnarAward award, int start, ReadOnlySpan<ulong> valid, ReadOnlySpan<ulong> t, ReadOnlySpan<ulong> f, ulong[]? masks, int digit, bool paysAmount)
    {
        var column = rate.Column;
        var negative = false;
        Int128 amount = 0, upTo = 0;
        for (var w = 0; w < _words; w++)
        {
            var open = valid[w] & ~f[w] & (masks is null ? (digit == 0 ? ~0UL : 0) : masks[(digit * _words) + w]);
            if (open == 0)
            {
                continue;
            }

            var known = column is null ? 0 : column.Known[(start >> 6) + w];
            var unknown = open & ~known;
            if (unknown != 0)
            {
                var (e, u) = (rate.UnknownEligible, rate.UnknownUndetermined);
                var eligible = BitOperations.PopCount(unknown & t[w]);
                var n = BitOperations.PopCount(unknown);
                amount += e.HasAmount && paysAmount ? (Int128)e.Amount * eligible : 0;
                if (e.HasUpTo)
                {
                    upTo += ((Int128)e.UpTo * eligible) + ((Int128)u.UpTo * (n - eligible));
                    _positive[w] |= e.UpTo > 0 ? unknown : 0;
                    negative |= e.UpTo < 0;
                }
                else
                {
                    Tally.Unbounded[p] += n;
                    _unbounded[w] |= unknown;
                }
            }

            var firms = open & known;
            while (firms != 0)
            {
                var bit = BitOperations.TrailingZeroCount(firms);
                firms &= firms - 1;
                var local = (w << 6) + bit;
                var eligible = ((t[w] >> bit) & 1) != 0;
                if (!rate.TryFen(column!.RawAt(start + local), out var fen))
                {
                    negative |= Add(p, -1, local, award.Compute(start + local, eligible));
                    continue;
                }

                amount += eligible && paysAmount ? fen : 0;
                upTo += fen;
                _positive[w] |= fen > 0 ? 1UL << bit : 0;
                negative |= fen < 0;
            }
        }

        Tally.Amount[p] += amount;
        Tally.UpTo[p] += upTo;
        return negative;
    }

    /// <summary>Bit masks of the block's firms by key digit of a code column (0 unknown, 1 + id), made once per block.</summary>
    private ulong[] Digits(CodeColumn column, int start, int count)
    {
        if (_digits.TryGetValue(column, out var cached) && cached.Start == start)
        {
            return cached.Masks;
        }

        var masks = cached.Masks ?? new ulong[(column.Values.Length + 1) * _words];
        Array.Clear(masks);
        for (var local = 0; local < count; local++)
        {
            var firm = start + local;
            var digit = column.IsKnown(firm) ? 1 + column.IdAt(firm) : 0;
            masks[(digit * _words) + (local >> 6)] |= 1UL << local;
        }

        _digits[column] = (start, masks);
        return masks;
    }

    /// <summary>
    /// An exclusive group of uniform awards, by masks (<see cref="ExclusiveGroup"/>): members by
    /// amount from the highest over the eligible firms, then by up-to over the eligible and
    /// undetermined firms.
    /// </summary>
    private void UniformGroup(int group, ReadOnlySpan<ulong> valid)
    {
        Span<ulong> state = stackalloc ulong[ExclusiveGroup.StateWords * _words];
        Span<ulong> counted = stackalloc ulong[_words];
        Span<ulong> open = stackalloc ulong[_words];
        ExclusiveGroup.Start(state, valid);
        foreach (var member in _byAmount[group])
        {
            Tally.GroupAmount += (Int128)member.Award.Eligible.Amount * ExclusiveGroup.Take(state, Registers.True(member.Root), counted);
        }

        ExclusiveGroup.Start(state, valid);
        foreach (var member in _byUpTo[group])
        {
            var figures = member.Award.Eligible;
            var upTo = ExclusiveGroup.UpToPart(figures.HasUpTo, figures.UpTo);
            Open(open, valid, Registers.False(member.Root));
            Tally.GroupUpTo += (Int128)upTo * ExclusiveGroup.Take(state, open, counted);
            for (var w = 0; w < _words; w++)
            {
                _unbounded[w] |= figures.HasUpTo ? 0 : open[w];
                _positive[w] |= upTo > 0 ? counted[w] : 0;
            }
        }
    }

    /// <summary>One firm's award into the policy's sums and its group or the firm masks; true when its up-to is negative.</summary>
    private bool Add(int p, int group, int local, FirmAward firm)
    {
        if (firm.HasAmount)
        {
            Tally.Amount[p] += firm.Amount;
        }

        if (firm.HasUpTo)
        {
            Tally.UpTo[p] += firm.UpTo;
        }
        else
        {
            Tally.Unbounded[p]++;
        }

        var word = local >> 6;
        var bit = 1UL << local;
        if (group < 0)
        {
            if (!firm.HasUpTo)
            {
                _unbounded[word] |= bit;
            }
            else if (firm.UpTo > 0)
            {
                _positive[word] |= bit;
            }

            return firm.HasUpTo && firm.UpTo < 0;
        }

        var at = group * _blockSize + local;
        ref var fold = ref _groups[at];
        ref var touched = ref _touched[group * _words + word];
        if ((touched & bit) == 0)
        {
            fold = default;
            touched |= bit;
        }

        fold.Add(p, firm.HasAmount, firm.Amount, firm.HasUpTo, firm.UpTo);
        return false;
    }

    private void FinishGroups()
    {
        for (var group = 0; group < _plan.GroupCount; group++)
        {
            for (var w = 0; w < _words; w++)
            {
                var touched = _touched[group * _words + w];
                while (touched != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(touched);
                    touched &= touched - 1;
                    ref readonly var fold = ref _groups[group * _blockSize + (w << 6) + bit];
                    Tally.GroupAmount += fold.Amount;
                    Tally.GroupUpTo += fold.UpTo;
                    _positive[w] |= fold.UpTo > 0 ? 1UL << bit : 0;
                    _unbounded[w] |= fold.Unbounded ? 1UL << bit : 0;
                }
            }
        }
    }

    /// <summary>The rare exact path: every firm's up-to summed, then counted above zero.</summary>
    private int CountPositiveOutright(int start, int count, ReadOnlySpan<ulong> valid)
    {
        Array.Clear(_firmUpTo);
        foreach (var policy in _plan.Policies)
        {
            if (policy.Group >= 0 || !policy.Award.Monetary)
            {
                continue;
            }

            var t = Registers.True(policy.Root);
            var f = Registers.False(policy.Root);
            for (var w = 0; w < _words; w++)
            {
                var open = valid[w] & ~f[w];
                while (open != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(open);
                    open &= open - 1;
                    var local = (w << 6) + bit;
                    var firm = policy.Award.Compute(start + local, ((t[w] >> bit) & 1) != 0);
                    _firmUpTo[local] = Money.Add(_firmUpTo[local], firm.HasUpTo ? firm.UpTo : 0);
                }
            }
        }

        Span<ulong> state = stackalloc ulong[ExclusiveGroup.StateWords * _words];
        Span<ulong> counted = stackalloc ulong[_words];
        Span<ulong> members = stackalloc ulong[_words];
        for (var group = 0; group < _plan.GroupCount; group++)
        {
            if (_uniformGroup[group])
            {
                ExclusiveGroup.Start(state, valid);
                foreach (var member in _byUpTo[group])
                {
                    var upTo = ExclusiveGroup.UpToPart(member.Award.Eligible.HasUpTo, member.Award.Eligible.UpTo);
                    Open(members, valid, Registers.False(member.Root));
                    ExclusiveGroup.Take(state, members, counted);
                    for (var w = 0; w < _words; w++)
                    {
                        var taken = counted[w];
                        while (taken != 0)
                        {
                            var bit = BitOperations.TrailingZeroCount(taken);
                            taken &= taken - 1;
                            _firmUpTo[(w << 6) + bit] = Money.Add(_firmUpTo[(w << 6) + bit], upTo);
                        }
                    }
                }

                continue;
            }

            for (var local = 0; local < count; local++)
            {
                if ((_touched[group * _words + (local >> 6)] >> local & 1) != 0)
                {
                    _firmUpTo[local] = Money.Add(_firmUpTo[local], _groups[group * _blockSize + local].UpTo);
                }
            }
        }

        var positive = 0;
        for (var local = 0; local < count; local++)
        {
            positive += _firmUpTo[local] > 0 ? 1 : 0;
        }

        return positive;
    }

    /// <summary>The eligible and undetermined firms of a block: valid and not false.</summary>
    private static void Open(Span<ulong> open, ReadOnlySpan<ulong> valid, ReadOnlySpan<ulong> f)
    {
        for (var w = 0; w < open.Length; w++)
        {
            open[w] = valid[w] & ~f[w];
        }
    }

    private static void Or(Span<ulong> target, ReadOnlySpan<ulong> valid, ReadOnlySpan<ulong> f)
    {
        for (var w = 0; w < target.Length; w++)
        {
            target[w] |= valid[w] & ~f[w];
        }
    }

    internal static int Ones(ReadOnlySpan<ulong> words)
    {
        var n = 0;
        foreach (var w in words)
        {
            n += BitOperations.PopCount(w);
        }

        return n;
    }
}
