using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Predicates;
using PolicyKit.Profiles;
using PolicyKit.Semantics;

namespace PolicyKit.Evaluation;

/// <summary>
/// Walks a predicate tree over a profile with Kleene's logic, building the reasons tree. This is
/// the reference evaluator that faster ones are tested against; what each node means comes from
/// <c>PolicyKit.Semantics</c>, as for them.
/// </summary>
internal static class PredicateInterpreter
{
    public const string RootPath = "eligibility";

    public static ReasonNode Evaluate(Predicate predicate, EnterpriseProfile profile, LocalDate asOf) =>
        Evaluate(predicate, profile, asOf, RootPath);

    private static ReasonNode Evaluate(Predicate node, EnterpriseProfile profile, LocalDate asOf, string path)
    {
        switch (node)
        {
            case AllPredicate all:
                return Composite(node, "all", all.Operands, profile, asOf, path, Kleene.AllOfNone, Kleene.And);
            case AnyPredicate any:
                return Composite(node, "any", any.Operands, profile, asOf, path, Kleene.AnyOfNone, Kleene.Or);
            case NotPredicate not:
                var child = Evaluate(not.Operand, profile, asOf, path + ".not");
                var negated = Kleene.Not(child.Outcome);
                return new ReasonNode(path, "not", negated, null, default, null, ReasonText.Outcome(ReasonText.Composite(node), negated), [child]);
            case ConstantPredicate constant:
                var truth = Kleene.Of(constant.Value);
                return new ReasonNode(path, constant.Value ? "always" : "never", truth, null, default, null, ReasonText.Outcome(ReasonText.Composite(node), truth), []);
            case HasPredicate has:
                var certs = profile.Get(has.FactId);
                profile.Schema.TryGet(has.FactId, out var certFact, out _);
                var hasTruth = certs.IsKnown ? Kleene.Of(Leaves.Has(certs.RawCertifications, has.Kind, asOf, has.RecognizedWithin)) : Truth.Unknown;
                return new ReasonNode(path, "has", hasTruth, has.FactId, certs, ReasonText.Needed(has), ReasonText.Outcome(ReasonText.Has(has, certFact, certs), hasTruth), []);
            case FactPredicate leaf:
                return Leaf(leaf, profile, path);
            default:
                throw new InvalidOperationException($"unexpected predicate {node.GetType().Name}.");
        }
    }

    private static ReasonNode Composite(Predicate node, string kind, ImmutableArray<Predicate> operands, EnterpriseProfile profile, LocalDate asOf, string path, Truth identity, Func<Truth, Truth, Truth> combine)
    {
        var children = ImmutableArray.CreateBuilder<ReasonNode>(operands.Length);
        var truth = identity;
        for (var i = 0; i < operands.Length; i++)
        {
            var child = Evaluate(operands[i], profile, asOf, $"{path}.{kind}[{i}]");
            children.Add(child);
            truth = combine(truth, child.Outcome);
        }

        return new ReasonNode(path, kind, truth, null, default, null, ReasonText.Outcome(ReasonText.Composite(node), truth), children.MoveToImmutable());
    }

    private static ReasonNode Leaf(FactPredicate leaf, EnterpriseProfile profile, string path)
    {
        profile.Schema.TryGet(leaf.FactId, out var fact, out _);
        var seen = profile.Get(leaf.FactId);
        var (kind, needed, truth) = leaf switch
        {
            ComparisonPredicate cmp => (cmp.OperatorName, ReasonText.Needed(cmp), seen.IsKnown ? Kleene.Of(Comparisons.Holds(cmp.Operator, seen, cmp.Value)) : Truth.Unknown),
            InPredicate inSet => ("in", ReasonText.Needed(inSet), seen.IsKnown ? Kleene.Of(Leaves.In(inSet.Codes.AsSpan(), seen)) : Truth.Unknown),
            WithinPredicate within => ("within", ReasonText.Needed(within), seen.IsKnown ? Kleene.Of(Leaves.Within(seen.RawString, within.Jurisdiction)) : Truth.Unknown),
            _ => throw new InvalidOperationException($"unexpected leaf {leaf.GetType().Name}."),
        };
        return new ReasonNode(path, kind, truth, leaf.FactId, seen, needed, ReasonText.Outcome(ReasonText.Leaf(fact, leaf, seen), truth), []);
    }

    /// <summary>
    /// The facts of the unknown leaves reachable through unknown nodes: only they can still change
    /// an undetermined outcome, since decided children stay decided (Kleene logic is monotone).
    /// </summary>
    public static ImmutableArray<string> MissingFacts(ReasonNode root)
    {
        if (root.Outcome != Truth.Unknown)
        {
            return [];
        }

        var facts = new SortedSet<string>(StringComparer.Ordinal);
        var stack = new Stack<ReasonNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Children.IsEmpty && node.FactId is not null)
            {
                facts.Add(node.FactId);
            }

            foreach (var child in node.Children)
            {
                if (child.Outcome == Truth.Unknown)
                {
                    stack.Push(child);
                }
            }
        }

        return [.. facts];
    }
}
