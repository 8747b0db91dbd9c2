using System.Numerics;
using PolicyKit.Populations.Plan;
using PolicyKit.Semantics;

namespace PolicyKit.Populations;

/// <summary>
/// The facts a plan's leaves read, once per plan: sorted ordinal and numbered, with each leaf's number
/// (-1 for <c>always</c>/<c>never</c>), so missing facts are small integers while a block is decided.
/// </summary>
internal sealed class DecisionFacts
{
    public DecisionFacts(ColumnarPlan plan)
    {
        Plan = plan;
        Ids = [.. Enumerable.Range(0, plan.LeafCount).Select(plan.FactOf).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
        LeafFact = [.. Enumerable.Range(0, plan.LeafCount).Select(l => plan.FactOf(l) is { } id ? Array.BinarySearch(Ids, id, StringComparer.Ordinal) : -1)];
        Children = [.. Enumerable.Range(0, plan.RegisterCount).Select(plan.ChildrenOf)];
    }

    public ColumnarPlan Plan { get; }

    /// <summary>The facts, sorted ordinal.</summary>
    public string[] Ids { get; }

    /// <summary>Per leaf register, the number of its fact in <see cref="Ids"/>, or -1.</summary>
    public int[] LeafFact { get; }

    /// <summary>Per register, the registers it combines (none for leaves).</summary>
    public int[][] Children { get; }
}

/// <summary>
/// One worker's decisions for one block of firms (specification §10.11): the plan's registers, every
/// firm's totals after stacking and exclusive groups, and per firm and fact the up-to at stake and the
/// number of undetermined decisions the fact is missing from, for the next question
/// (<see cref="QuestionRank"/>). Missing facts are the unknown leaves reached through unknown registers,
/// as the per-profile reasons tree gives them. Scratch is allocated once per worker.
/// </summary>
internal sealed class DecisionBlock
{
    private readonly DecisionFacts _facts;
    private readonly ColumnarPlan _plan;
    private readonly int _blockSize;
    private readonly int _factWords;
    private readonly Int128[] _amount;
    private readonly Int128[] _upTo;
    private readonly ulong[] _unbounded;
    private readonly int[] _unstated;
    private readonly ExclusiveGroup<long>[] _groups;
    private readonly ulong[] _touched;
    private readonly long[] _stake;
    private readonly int[] _stakeCount;
    private readonly ulong[] _firmFacts;
    private readonly int[] _registerStamp;
    private readonly int[] _factStamp;
    private readonly int[] _stack;
    private int _stamp;

    public DecisionBlock(DecisionFacts facts, int blockSize)
    {
        _facts = facts;
        _plan = facts.Plan;
        _blockSize = blockSize;
        Words = blockSize / 64;
        Registers = new Registers(_plan.RegisterCount, blockSize);
        _amount = new Int128[blockSize];
        _upTo = new Int128[blockSize];
        _unbounded = new ulong[Words];
        _unstated = new int[blockSize];
        _groups = new ExclusiveGroup<long>[_plan.GroupCount * blockSize];
        _touched = new ulong[_plan.GroupCount * Words];
        var factCount = facts.Ids.Length;
        _factWords = (factCount + 63) / 64;
        _stake = new long[factCount * blockSize];
        _stakeCount = new int[factCount * blockSize];
        _firmFacts = new ulong[Math.Max(1, _factWords) * blockSize];
        _registerStamp = new int[_plan.RegisterCount];
        _factStamp = new int[factCount];
        _stack = new int[Math.Max(1, _plan.RegisterCount)];
    }

    public Registers Registers { get; }

    public int Words { get; }

    public int Start { get; private set; } = -1;

    public int Count { get; private set; }

    public Int128 AmountOf(int local) => _amount[local];

    public Int128 UpToOf(int local) => _upTo[local];

    public bool BoundedOf(int local) => (_unbounded[local >> 6] & (1UL << local)) == 0;

    public int UnstatedOf(int local) => _unstated[local];

    /// <summary>Evaluates the block, then its firms' totals and the stakes of their missing facts.</summary>
    public void Run(int start, int count, SimdWidth width)
    {
        Start = start;
        Count = count;
        _plan.Evaluate(Registers, start, count, width);
        var valid = Registers.Valid(count);
        Array.Clear(_amount);
        Array.Clear(_upTo);
        Array.Clear(_unbounded);
        Array.Clear(_unstated);
        Array.Clear(_touched);
        var policies = _plan.Policies;
        for (var p = 0; p < policies.Length; p++)
        {
            var policy = policies[p];
            var award = policy.Award;
            var t = Registers.True(policy.Root);
            var f = Registers.False(policy.Root);
            for (var w = 0; w < Words; w++)
            {
                var open = valid[w] & ~f[w];
                while (open != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(open);
                    open &= open - 1;
                    var local = (w << 6) + bit;
                    var eligible = ((t[w] >> bit) & 1) != 0;
                    var figures = Figures(award, start + local, eligible);
                    if (!eligible)
                    {
                        Stake(policy.Root, local, figures.HasUpTo ? figures.UpTo : 0);
                    }

                    if (!award.Monetary)
                    {
                        continue;
                    }

                    _unstated[local] += award.Unstated ? 1 : 0;
                    if (policy.Group < 0)
                    {
                        _amount[local] += figures.HasAmount ? figures.Amount : 0;
                        _upTo[local] += figures.HasUpTo ? figures.UpTo : 0;
                        _unbounded[w] |= figures.HasUpTo ? 0 : 1UL << bit;
                        continue;
                    }

                    ref var fold = ref _groups[(policy.Group * _blockSize) + local];
                    ref var touched = ref _touched[(policy.Group * Words) + w];
                    if ((touched & (1UL << bit)) == 0)
                    {
                        fold = default;
                        touched |= 1UL << bit;
                    }

                    fold.Add(p, figures.HasAmount, figures.Amount, figures.HasUpTo, figures.UpTo);
                }
            }
        }

        for (var group = 0; group < _plan.GroupCount; group++)
        {
            for (var w = 0; w < Words; w++)
            {
                var touched = _touched[(group * Words) + w];
                while (touched != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(touched);
                    touched &= touched - 1;
                    var local = (w << 6) + bit;
                    ref readonly var fold = ref _groups[(group * _blockSize) + local];
                    _amount[local] += fold.Amount;
                    _upTo[local] += fold.UpTo;
                    _unbounded[w] |= fold.Unbounded ? 1UL << bit : 0;
                }
            }
        }
    }

    /// <summary>A policy's figures for one eligible or undetermined firm (non-monetary: none).</summary>
    public static FirmAward Figures(ColumnarAward award, int firm, bool eligible) =>
        !award.Monetary ? default : award.IsUniform ? (eligible ? award.Eligible : award.Undetermined) : award.Compute(firm, eligible);

    /// <summary>Whether register <paramref name="register"/> is unknown for the block's firm <paramref name="local"/>.</summary>
    public bool IsUnknown(int register, int local)
    {
        var w = local >> 6;
        return (((Registers.True(register)[w] | Registers.False(register)[w]) >> local) & 1) == 0;
    }

    /// <summary>The numbers of the missing facts of an undetermined root for one firm, sorted (as the fact ids).</summary>
    public void MissingFacts(int root, int local, List<int> facts)
    {
        facts.Clear();
        Walk(root, local, facts, 0);
        facts.Sort();
    }

    /// <summary>
    /// The firm's best question (<see cref="QuestionRank"/>) among <paramref name="among"/>, or among every
    /// fact it lacks when null; -1 when none.
    /// </summary>
    public int BestQuestion(int local, List<int>? among = null)
    {
        var best = -1;
        var row = local * _facts.Ids.Length;
        if (among is not null)
        {
            foreach (var fact in among)
            {
                best = Better(best, fact, row);
            }

            return best;
        }

        for (var w = 0; w < _factWords; w++)
        {
            var bits = _firmFacts[(local * _factWords) + w];
            while (bits != 0)
            {
                best = Better(best, (w << 6) + BitOperations.TrailingZeroCount(bits), row);
                bits &= bits - 1;
            }
        }

        return best;
    }

    /// <summary>Clears a firm's stakes once its questions are read.</summary>
    public void ClearStakes(int local)
    {
        var row = local * _facts.Ids.Length;
        for (var w = 0; w < _factWords; w++)
        {
            ref var bits = ref _firmFacts[(local * _factWords) + w];
            while (bits != 0)
            {
                var fact = (w << 6) + BitOperations.TrailingZeroCount(bits);
                _stake[row + fact] = 0;
                _stakeCount[row + fact] = 0;
                bits &= bits - 1;
            }
        }
    }

    private int Better(int best, int fact, int row)
    {
        if (best < 0)
        {
            return fact;
        }

        var ids = _facts.Ids;
        return QuestionRank.Compare(_stake[row + fact], _stakeCount[row + fact], ids[fact], _stake[row + best], _stakeCount[row + best], ids[best]) < 0 ? fact : best;
    }

    /// <summary>Adds an undetermined decision's up-to to the stake of each of its missing facts, once each.</summary>
    private void Stake(int root, int local, long upTo)
    {
        Walk(root, local, null, upTo);
    }

    private void Walk(int root, int local, List<int>? into, long upTo)
    {
        var stamp = ++_stamp;
        if (stamp == int.MaxValue)
        {
            Array.Clear(_registerStamp);
            Array.Clear(_factStamp);
            _stamp = stamp = 1;
        }

        var row = local * _facts.Ids.Length;
        var depth = 0;
        _stack[depth++] = root;
        _registerStamp[root] = stamp;
        var leafCount = _plan.LeafCount;
        while (depth > 0)
        {
            var register = _stack[--depth];
            if (register < leafCount)
            {
                var fact = _facts.LeafFact[register];
                if (fact < 0 || _factStamp[fact] == stamp)
                {
                    continue;
                }

                _factStamp[fact] = stamp;
                if (into is not null)
                {
                    into.Add(fact);
                    continue;
                }

                _stake[row + fact] = Money.Add(_stake[row + fact], upTo);
                _stakeCount[row + fact]++;
                _firmFacts[(local * _factWords) + (fact >> 6)] |= 1UL << fact;
                continue;
            }

            foreach (var child in _facts.Children[register])
            {
                if (_registerStamp[child] != stamp && IsUnknown(child, local))
                {
                    _registerStamp[child] = stamp;
                    _stack[depth++] = child;
                }
            }
        }
    }
}
