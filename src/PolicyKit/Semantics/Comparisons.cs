using System.Runtime.CompilerServices;
using PolicyKit.Facts;
using PolicyKit.Predicates;

namespace PolicyKit.Semantics;

/// <summary>
/// What a comparison leaf means for each fact type (specification §3): numbers compare by value
/// across integer, decimal and money, dates by day, and bool, text, code and division-code
/// values only by ordinal equality.
/// </summary>
internal static class Comparisons
{
    /// <summary>Whether <paramref name="op"/> holds for an order (below zero: the value is below the constant; zero: equal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(ComparisonOperator op, int order) => op switch
    {
        ComparisonOperator.Eq => order == 0,
        ComparisonOperator.Ne => order != 0,
        ComparisonOperator.Lt => order < 0,
        ComparisonOperator.Le => order <= 0,
        ComparisonOperator.Gt => order > 0,
        _ => order >= 0,
    };

    /// <summary>
    /// <paramref name="op"/> on a type without an order: <c>ne</c> negates equality and every other
    /// operator is equality (validation admits only <c>eq</c> and <c>ne</c> there).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HoldsForEquality(ComparisonOperator op, bool equal) => equal != (op == ComparisonOperator.Ne);

    /// <summary>A comparison of a known value with the constant; validation guarantees the types fit.</summary>
    public static bool Holds(ComparisonOperator op, FactValue seen, FactValue constant)
    {
        if (seen.IsNumber && constant.IsNumber)
        {
            return Holds(op, seen.RawNumber.CompareTo(constant.RawNumber));
        }

        return seen.Type == FactType.Date
            ? Holds(op, seen.RawBits.CompareTo(constant.RawBits))
            : HoldsForEquality(op, seen.Equals(constant));
    }

    /// <summary>
    /// The integers <c>x</c> for which <paramref name="op"/> holds against <paramref name="constant"/>:
    /// the interval [<c>Lo</c>, <c>Hi</c>] (empty when <c>Lo &gt; Hi</c>; <see cref="decimal.MinValue"/>
    /// and <see cref="decimal.MaxValue"/> stand for no bound), or for <c>ne</c> every integer outside it.
    /// </summary>
    /// <remarks>The form in which columns of scaled integers decide a comparison without decimals.</remarks>
    public static (decimal Lo, decimal Hi, bool Outside) IntegerInterval(ComparisonOperator op, decimal constant)
    {
        var floor = decimal.Floor(constant);
        var ceiling = decimal.Ceiling(constant);
        return op switch
        {
            ComparisonOperator.Eq or ComparisonOperator.Ne => floor == constant ? (constant, constant, op == ComparisonOperator.Ne) : (1m, 0m, op == ComparisonOperator.Ne),
            ComparisonOperator.Lt => (decimal.MinValue, ceiling - 1m, false),
            ComparisonOperator.Le => (decimal.MinValue, floor, false),
            ComparisonOperator.Gt => (floor + 1m, decimal.MaxValue, false),
            _ => (ceiling, decimal.MaxValue, false),
        };
    }
}
