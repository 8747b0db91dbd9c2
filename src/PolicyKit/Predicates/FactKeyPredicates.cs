using System.Collections.Immutable;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Predicates;

/// <summary>
/// Comparisons written on typed keys, so a rule reads like its policy text:
/// <c>StandardFacts.Employees.Ge(50)</c>, <c>StandardFacts.District.Within(KnownJurisdictions.Laoshan.Code)</c>.
/// </summary>
public static class FactKeyPredicates
{
    /// <summary>The fact equals <paramref name="value"/>.</summary>
    public static ComparisonPredicate Eq<T>(this FactKey<T> key, T value) => Make(key, ComparisonOperator.Eq, value);

    /// <summary>The fact differs from <paramref name="value"/>.</summary>
    public static ComparisonPredicate Ne<T>(this FactKey<T> key, T value) => Make(key, ComparisonOperator.Ne, value);

    /// <summary>The fact is less than <paramref name="value"/>.</summary>
    public static ComparisonPredicate Lt<T>(this FactKey<T> key, T value) => Make(key, ComparisonOperator.Lt, value);

    /// <summary>The fact is at most <paramref name="value"/>.</summary>
    public static ComparisonPredicate Le<T>(this FactKey<T> key, T value) => Make(key, ComparisonOperator.Le, value);

    /// <summary>The fact is greater than <paramref name="value"/>.</summary>
    public static ComparisonPredicate Gt<T>(this FactKey<T> key, T value) => Make(key, ComparisonOperator.Gt, value);

    /// <summary>The fact is at least <paramref name="value"/>.</summary>
    public static ComparisonPredicate Ge<T>(this FactKey<T> key, T value) => Make(key, ComparisonOperator.Ge, value);

    /// <summary>The code is one of <paramref name="codes"/>.</summary>
    public static InPredicate In(this FactKey<string> key, params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Predicate.In(key.Id, codes);
    }

    /// <summary>Any code of the set is one of <paramref name="codes"/>.</summary>
    public static InPredicate In(this FactKey<ImmutableArray<string>> key, params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Predicate.In(key.Id, codes);
    }

    /// <summary>The division is <paramref name="jurisdiction"/> or lies under it.</summary>
    public static WithinPredicate Within(this FactKey<JurisdictionCode> key, JurisdictionCode jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Predicate.Within(key.Id, jurisdiction);
    }

    private static ComparisonPredicate Make<T>(FactKey<T> key, ComparisonOperator op, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Predicate.Compare(key.Id, op, key.ToValue(value));
    }
}
