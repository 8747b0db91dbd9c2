using PolicyKit.Evaluation;
using PolicyKit.Facts;
using PolicyKit.Predicates;
using PolicyKit.Semantics;

namespace PolicyKit.Guidance;

/// <summary>A leaf condition found by <see cref="ConditionSearch"/>, with whether the value now meets it.</summary>
internal readonly record struct Condition(string FactId, Predicate Need, FactValue Now, bool MetNow);

/// <summary>
/// Walks an eligibility predicate beside its reasons tree and finds leaf conditions that would
/// make it true (specification §9): <c>all</c> takes every child, <c>any</c> the cheapest child, and
/// <c>not</c> flips the wanted outcome on the way down (De Morgan).
/// </summary>
/// <remarks>
/// A child that already has the wanted outcome still contributes its leaves, marked met: they
/// justify it, and matter when another condition changes the same fact.
/// </remarks>
internal static class ConditionSearch
{
    /// <summary>The conditions that make <paramref name="node"/> come out <paramref name="want"/>, or null when none can (a constant in the way).</summary>
    public static List<Condition>? Find(Predicate node, ReasonNode reason, bool want)
    {
        switch (node)
        {
            case ConstantPredicate constant:
                return constant.Value == want ? [] : null;
            case NotPredicate not:
                return Find(not.Operand, reason.Children[0], !want);
            case AllPredicate all:
                return want ? Every(all.Operands, reason, want) : Cheapest(all.Operands, reason, want);
            case AnyPredicate any:
                return want ? Cheapest(any.Operands, reason, want) : Every(any.Operands, reason, want);
            default:
                var factId = node switch
                {
                    FactPredicate f => f.FactId,
                    HasPredicate h => h.FactId,
                    _ => throw new InvalidOperationException($"unexpected predicate {node.GetType().Name}."),
                };
                var met = reason.Outcome == Kleene.Of(want);
                return [new Condition(factId, want ? Positive(node) : Negate(node), reason.Seen, met)];
        }
    }

    private static List<Condition>? Every(System.Collections.Immutable.ImmutableArray<Predicate> operands, ReasonNode reason, bool want)
    {
        var all = new List<Condition>();
        for (var i = 0; i < operands.Length; i++)
        {
            var found = Find(operands[i], reason.Children[i], want);
            if (found is null)
            {
                return null;
            }

            all.AddRange(found);
        }

        return all;
    }

    /// <summary>The child with the fewest unmet conditions; ties go to the first.</summary>
    private static List<Condition>? Cheapest(System.Collections.Immutable.ImmutableArray<Predicate> operands, ReasonNode reason, bool want)
    {
        List<Condition>? best = null;
        var bestCost = int.MaxValue;
        for (var i = 0; i < operands.Length; i++)
        {
            var found = Find(operands[i], reason.Children[i], want);
            if (found is null)
            {
                continue;
            }

            var cost = found.Count(c => !c.MetNow);
            if (cost < bestCost)
            {
                best = found;
                bestCost = cost;
            }
        }

        return best;
    }

    /// <summary>A leaf in the form a person reads best: a yes/no <c>ne</c> becomes <c>eq</c> of the other value.</summary>
    private static Predicate Positive(Predicate leaf) =>
        leaf is ComparisonPredicate { Operator: ComparisonOperator.Ne, Value.IsKnown: true } cmp && cmp.Value.Type == FactType.Bool
            ? new ComparisonPredicate(cmp.FactId, ComparisonOperator.Eq, FactValue.Bool(!cmp.Value.AsBool()))
            : leaf;

    /// <summary>The negation of a leaf: comparisons flip their operator, other leaves are wrapped in <c>not</c>.</summary>
    private static Predicate Negate(Predicate leaf) => leaf switch
    {
        ComparisonPredicate cmp => Positive(new ComparisonPredicate(cmp.FactId, cmp.Operator switch
        {
            ComparisonOperator.Eq => ComparisonOperator.Ne,
            ComparisonOperator.Ne => ComparisonOperator.Eq,
            ComparisonOperator.Lt => ComparisonOperator.Ge,
            ComparisonOperator.Le => ComparisonOperator.Gt,
            ComparisonOperator.Gt => ComparisonOperator.Le,
            _ => ComparisonOperator.Lt,
        }, cmp.Value)),
        _ => new NotPredicate(leaf),
    };

    /// <summary>Whether <paramref name="value"/> meets the leaf condition <paramref name="need"/> on <paramref name="asOf"/>; unknown never does.</summary>
    public static bool Meets(Predicate need, FactValue value, NodaTime.LocalDate asOf)
    {
        if (!value.IsKnown)
        {
            return false;
        }

        return need switch
        {
            NotPredicate not => !Meets(not.Operand, value, asOf),
            ComparisonPredicate cmp => Comparisons.Holds(cmp.Operator, value, cmp.Value),
            InPredicate inSet => Leaves.In(inSet.Codes.AsSpan(), value),
            WithinPredicate within => Leaves.Within(value.RawString, within.Jurisdiction),
            HasPredicate has => Leaves.Has(value.RawCertifications, has.Kind, asOf, has.RecognizedWithin),
            _ => false,
        };
    }
}
