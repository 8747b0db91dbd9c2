using NodaTime;
using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;
using PolicyKit.Model;
using PolicyKit.Populations.Columns;
using PolicyKit.Predicates;
using PolicyKit.Semantics;

namespace PolicyKit.Populations.Plan;

/// <summary>
/// A catalog's in-force policies compiled against one population and date: every distinct leaf
/// once (shared across policies), then <c>all</c>/<c>any</c>/<c>not</c> as mask operations, each
/// node writing a register of true bits and false bits for one block of firms.
/// </summary>
/// <remarks>Immutable; each worker brings its own <see cref="Registers"/>.</remarks>
internal sealed class ColumnarPlan
{
    private readonly Leaf[] _leaves;
    private readonly Node[] _nodes;
    private readonly string?[] _leafFacts;

    private ColumnarPlan(Leaf[] leaves, string?[] leafFacts, Node[] nodes, PlannedPolicy[] policies, int groupCount)
    {
        _leaves = leaves;
        _leafFacts = leafFacts;
        _nodes = nodes;
        Policies = policies;
        GroupCount = groupCount;
    }

    /// <summary>The policies in force on the date, in catalog order.</summary>
    public PlannedPolicy[] Policies { get; }

    /// <summary>The number of exclusive groups among <see cref="Policies"/>.</summary>
    public int GroupCount { get; }

    public int RegisterCount => _leaves.Length + _nodes.Length;

    public int LeafCount => _leaves.Length;

    public static ColumnarPlan Build(PolicyCatalog catalog, Population population, LocalDate asOf)
    {
        var builder = new PlanBuilder(population, asOf);
        var groups = new List<string>();
        var policies = new List<(Policy Policy, int Root, int Group, ColumnarAward Award)>();
        foreach (var policy in catalog.Policies)
        {
            if (!catalog.ValidityOf(policy).Contains(asOf))
            {
                continue;
            }

            var root = builder.Register(policy.Eligibility);
            var group = -1;
            if (policy.Stacking.ExclusiveGroup is { } g)
            {
                group = groups.IndexOf(g);
                if (group < 0)
                {
                    group = groups.Count;
                    groups.Add(g);
                }
            }

            var modifiers = PolicyEvaluator.ModifiersFor(catalog, policy).Select(m => m.Modifier).ToArray();
            policies.Add((policy, root, group, new ColumnarAward(policy.Award, modifiers, population)));
        }

        var (leaves, leafFacts, nodes) = builder.Finish();
        return new ColumnarPlan(leaves, leafFacts, nodes, [.. policies.Select(p => new PlannedPolicy(p.Policy, builder.Resolve(p.Root), p.Group, p.Award))], groups.Count);
    }

    /// <summary>The fact leaf <paramref name="leaf"/> reads (for missing facts), or null for <c>always</c>/<c>never</c>.</summary>
    public string? FactOf(int leaf) => _leafFacts[leaf];

    /// <summary>The registers a node register combines; none for a leaf.</summary>
    public int[] ChildrenOf(int register) => register < _leaves.Length ? [] : _nodes[register - _leaves.Length].Children;

    /// <summary>Fills every register for the block of firms starting at <paramref name="start"/>.</summary>
    public void Evaluate(Registers registers, int start, int count, SimdWidth width)
    {
        var valid = registers.Valid(count);
        for (var r = 0; r < _leaves.Length; r++)
        {
            _leaves[r].Evaluate(start, count, registers.True(r), registers.False(r), valid, width);
        }

        for (var n = 0; n < _nodes.Length; n++)
        {
            var node = _nodes[n];
            var dest = _leaves.Length + n;
            var t = registers.True(dest);
            var f = registers.False(dest);
            switch (node.Kind)
            {
                case NodeKind.Not:
                    Kleene.Not(registers.True(node.Children[0]), registers.False(node.Children[0]), t, f);

                    break;
                case NodeKind.All:
                    Start(t, f, Kleene.AllOfNone, valid);
                    foreach (var c in node.Children)
                    {
                        Kernels.AndInto(t, f, registers.True(c), registers.False(c), width);
                    }

                    break;
                default:
                    Start(t, f, Kleene.AnyOfNone, valid);
                    foreach (var c in node.Children)
                    {
                        Kernels.OrInto(t, f, registers.True(c), registers.False(c), width);
                    }

                    break;
            }
        }
    }

    /// <summary>Sets every firm of the block to <paramref name="truth"/>.</summary>
    internal static void Start(Span<ulong> t, Span<ulong> f, Truth truth, ReadOnlySpan<ulong> valid)
    {
        // A constant is the same for every firm: each of its masks is all firms or none, so the
        // block's words are copied or cleared whole (a memory copy, not a loop of word operations).
        var (onTrue, onFalse) = Kleene.Constant(truth, ~0UL);
        Fill(t, valid, onTrue);
        Fill(f, valid, onFalse);
    }

    private static void Fill(Span<ulong> target, ReadOnlySpan<ulong> valid, ulong everyOrNone)
    {
        if (everyOrNone == 0)
        {
            target.Clear();
        }
        else
        {
            valid.CopyTo(target);
        }
    }

    internal enum NodeKind : byte
    {
        All,
        Any,
        Not,
    }

    internal sealed record Node(NodeKind Kind, int[] Children);

    /// <summary>Turns predicate trees into leaves and nodes, sharing equal leaves and repeated subtrees.</summary>
    private sealed class PlanBuilder(Population population, LocalDate asOf)
    {
        private readonly List<Leaf> _leaves = [];
        private readonly List<string?> _leafFacts = [];
        private readonly List<(NodeKind Kind, int[] Children)> _nodes = [];
        private readonly Dictionary<Predicate, int> _leafIds = [];
        private readonly Dictionary<Predicate, int> _nodeIds = new(ReferenceEqualityComparer.Instance);

        /// <summary>A reference to a register: a leaf index, or ~node index until nodes are placed after leaves.</summary>
        public int Register(Predicate predicate)
        {
            if (predicate is AllPredicate or AnyPredicate or NotPredicate)
            {
                if (_nodeIds.TryGetValue(predicate, out var existing))
                {
                    return existing;
                }

                var (kind, operands) = predicate switch
                {
                    AllPredicate all => (NodeKind.All, all.Operands),
                    AnyPredicate any => (NodeKind.Any, any.Operands),
                    _ => (NodeKind.Not, [((NotPredicate)predicate).Operand]),
                };
                var children = operands.Select(Register).ToArray();
                _nodes.Add((kind, children));
                var id = ~(_nodes.Count - 1);
                _nodeIds.Add(predicate, id);
                return id;
            }

            if (!_leafIds.TryGetValue(predicate, out var leaf))
            {
                leaf = _leaves.Count;
                _leaves.Add(CreateLeaf(predicate));
                _leafFacts.Add(predicate switch { HasPredicate h => h.FactId, FactPredicate f => f.FactId, _ => null });
                _leafIds.Add(predicate, leaf);
            }

            return leaf;
        }

        public (Leaf[] Leaves, string?[] LeafFacts, Node[] Nodes) Finish() =>
            ([.. _leaves], [.. _leafFacts], [.. _nodes.Select(n => new Node(n.Kind, [.. n.Children.Select(Resolve)]))]);

        public int Resolve(int reference) => reference >= 0 ? reference : _leaves.Count + ~reference;

        private Leaf CreateLeaf(Predicate predicate)
        {
            switch (predicate)
            {
                case ConstantPredicate constant:
                    return new ConstantLeaf(constant.Value);
                case HasPredicate has:
                    return Column(has.FactId) switch
                    {
                        null => new ConstantLeafUnknown(),
                        CertificationColumn c => new HasLeaf(c, has.Kind, asOf, has.RecognizedWithin),
                        var other => throw Mismatch(has.FactId, other),
                    };
                case ComparisonPredicate cmp:
                    return Column(cmp.FactId) switch
                    {
                        null => new ConstantLeafUnknown(),
                        NumberColumn n when cmp.Value.Type is FactType.Integer or FactType.Decimal or FactType.Money or FactType.Date
                            && n.Fact.Type != FactType.Bool => new NumberLeaf(n, cmp.Operator, cmp.Value.Type == FactType.Date ? cmp.Value.RawBits : cmp.Value.RawNumber),
                        NumberColumn n when n.Fact.Type == FactType.Bool && cmp.Value.Type == FactType.Bool =>
                            new NumberLeaf(n, cmp.Operator == ComparisonOperator.Ne ? ComparisonOperator.Ne : ComparisonOperator.Eq, cmp.Value.RawBits),
                        CodeColumn c => new CodeLeaf(c, v => Comparisons.Holds(cmp.Operator, ValueOf(c, v), cmp.Value)),
                        var other => throw Mismatch(cmp.FactId, other),
                    };
                case InPredicate inSet:
                    return Column(inSet.FactId) switch
                    {
                        null => new ConstantLeafUnknown(),
                        CodeColumn c when c.Fact.Type == FactType.Jurisdiction => new CodeLeaf(c, v => Leaves.InDivisions(inSet.Codes.AsSpan(), v)),
                        CodeColumn c => new CodeLeaf(c, v => Leaves.In(inSet.Codes.AsSpan(), v)),
                        CodeSetColumn s => new CodeSetLeaf(s, inSet.Codes),
                        var other => throw Mismatch(inSet.FactId, other),
                    };
                case WithinPredicate within:
                    return Column(within.FactId) switch
                    {
                        null => new ConstantLeafUnknown(),
                        CodeColumn c => new CodeLeaf(c, v => Leaves.Within(v, within.Jurisdiction)),
                        var other => throw Mismatch(within.FactId, other),
                    };
                default:
                    throw new NotSupportedException($"the columnar plan has no form for {predicate.GetType().Name}.");
            }
        }

        /// <summary>A distinct value of a code column as the fact value it stands for.</summary>
        private static FactValue ValueOf(CodeColumn column, string value) => column.Fact.Type switch
        {
            FactType.Jurisdiction when JurisdictionCode.TryParse(value, out var code) => FactValue.Jurisdiction(code),
            FactType.Code => FactValue.Code(value),
            _ => FactValue.Text(value),
        };

        private Column? Column(string factId)
        {
            var column = population.ColumnOf(factId);
            return column;
        }

        private static ArgumentException Mismatch(string factId, Column column) =>
            new($"the catalog uses fact '{factId}' in a way its population type {column.Fact.Type} does not allow.");
    }

    /// <summary>A leaf on a fact no firm knows: unknown for every firm.</summary>
    private sealed class ConstantLeafUnknown() : Leaf(null)
    {
        protected override void Test(int start, int count, Span<ulong> bits, SimdWidth width) => throw new InvalidOperationException();
    }
}

/// <summary>A policy in force with the register of its eligibility and its compiled award.</summary>
internal sealed record PlannedPolicy(Policy Policy, int Root, int Group, ColumnarAward Award)
{
    public string Id => Policy.Id;
}
