using PolicyKit.Facts;
using PolicyKit.Predicates;

namespace PolicyKit.Validation;

/// <summary>
/// Finds predicates that can never be true (PK4006) or are always true (PK4007): constants
/// inside <c>all</c>/<c>any</c>/<c>not</c>, and contradictory bounds on one fact within an <c>all</c>.
/// Reports the highest such node only.
/// </summary>
internal static class ConstantChecks
{
    public static void Run(ValidationContext context, Predicate root, string path)
    {
        // A bare always/never at the root is a deliberate statement, not a mistake.
        if (root is ConstantPredicate)
        {
            return;
        }

        Report(context, root, path);
    }

    private static void Report(ValidationContext context, Predicate node, string path)
    {
        if (ConstantOf(node) is { } value)
        {
            if (value)
            {
                context.Warning("PK4007", path, "this condition is always true; remove it or state what it should test.");
            }
            else
            {
                context.Warning("PK4006", path, "this condition can never be true (" + Why(node) + "); no enterprise will qualify.");
            }

            return;
        }

        foreach (var (child, childPath) in Children(node, path))
        {
            Report(context, child, childPath);
        }
    }

    private static IEnumerable<(Predicate, string)> Children(Predicate node, string path) => node switch
    {
        AllPredicate all => all.Operands.Select((c, i) => (c, $"{path}.all[{i}]")),
        AnyPredicate any => any.Operands.Select((c, i) => (c, $"{path}.any[{i}]")),
        NotPredicate not => [(not.Operand, path + ".not")],
        _ => [],
    };

    /// <summary>The constant value of a node, or null when it depends on facts.</summary>
    internal static bool? ConstantOf(Predicate node)
    {
        switch (node)
        {
            case ConstantPredicate c:
                return c.Value;
            case NotPredicate not:
                return ConstantOf(not.Operand) is { } v ? !v : null;
            case AllPredicate all:
                var allValues = all.Operands.Select(ConstantOf).ToList();
                if (allValues.Contains(false) || Contradicts(all))
                {
                    return false;
                }

                return allValues.All(v => v == true) ? true : null;
            case AnyPredicate any:
                var anyValues = any.Operands.Select(ConstantOf).ToList();
                if (anyValues.Contains(true))
                {
                    return true;
                }

                return anyValues.All(v => v == false) ? false : null;
            default:
                return null;
        }
    }

    private static string Why(Predicate node) => node switch
    {
        AllPredicate all when Contradicts(all) => "its bounds on one fact contradict each other",
        AnyPredicate { Operands.IsEmpty: true } => "an empty 'any'",
        ConstantPredicate => "it is 'never'",
        _ => "it combines constants",
    };

    /// <summary>Whether the comparisons directly under an <c>all</c> leave no value of some fact.</summary>
    private static bool Contradicts(AllPredicate all)
    {
        foreach (var group in all.Operands.OfType<ComparisonPredicate>().GroupBy(c => c.FactId, StringComparer.Ordinal))
        {
            var comparisons = group.ToList();
            if (!comparisons.All(c => c.Value.IsNumber) && !comparisons.All(c => c.Value.IsKnown && c.Value.Type == FactType.Date))
            {
                if (Equalities(comparisons))
                {
                    return true;
                }

                continue;
            }

            if (Equalities(comparisons) || EmptyRange(comparisons))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Equalities(List<ComparisonPredicate> comparisons)
    {
        var equals = comparisons.Where(c => c.Operator == ComparisonOperator.Eq).Select(c => c.Value).ToList();
        if (equals.Distinct().Skip(1).Any())
        {
            return true;
        }

        return equals.Count > 0 && comparisons.Any(c => c.Operator == ComparisonOperator.Ne && c.Value.Equals(equals[0]));
    }

    private static bool EmptyRange(List<ComparisonPredicate> comparisons)
    {
        FactValue? low = null, high = null;
        bool lowStrict = false, highStrict = false;
        foreach (var c in comparisons)
        {
            switch (c.Operator)
            {
                case ComparisonOperator.Gt or ComparisonOperator.Ge or ComparisonOperator.Eq:
                    var strictLow = c.Operator == ComparisonOperator.Gt;
                    if (low is null || c.Value.CompareTo(low.Value) > 0 || (c.Value.CompareTo(low.Value) == 0 && strictLow))
                    {
                        (low, lowStrict) = (c.Value, strictLow);
                    }

                    break;
            }

            switch (c.Operator)
            {
                case ComparisonOperator.Lt or ComparisonOperator.Le or ComparisonOperator.Eq:
                    var strictHigh = c.Operator == ComparisonOperator.Lt;
                    if (high is null || c.Value.CompareTo(high.Value) < 0 || (c.Value.CompareTo(high.Value) == 0 && strictHigh))
                    {
                        (high, highStrict) = (c.Value, strictHigh);
                    }

                    break;
            }
        }

        if (low is null || high is null)
        {
            return false;
        }

        var order = low.Value.CompareTo(high.Value);
        return order > 0 || (order == 0 && (lowStrict || highStrict));
    }
}
