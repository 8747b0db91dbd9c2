using System.Runtime.CompilerServices;
using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Semantics;

/// <summary>What the <c>in</c>, <c>within</c> and <c>has</c> leaves mean for a known value (specification §3).</summary>
internal static class Leaves
{
    /// <summary><c>in</c> on a code: the code is one of <paramref name="codes"/> (ordinal).</summary>
    public static bool In(ReadOnlySpan<string> codes, string code)
    {
        foreach (var candidate in codes)
        {
            if (string.Equals(candidate, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>in</c> on a code set: some code of the set is one of <paramref name="codes"/>.</summary>
    public static bool In(ReadOnlySpan<string> codes, ReadOnlySpan<string> set)
    {
        foreach (var code in set)
        {
            if (In(codes, code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>in</c> on a known code, code-set or jurisdiction value.</summary>
    public static bool In(ReadOnlySpan<string> codes, FactValue seen) => seen.Type switch
    {
        FactType.CodeSet => In(codes, seen.RawCodes),
        FactType.Jurisdiction => InDivisions(codes, seen.RawString),
        _ => In(codes, seen.RawString),
    };

    /// <summary>
    /// <c>in</c> on a jurisdiction: the division lies <see cref="Within"/> one of <paramref name="divisions"/>
    /// (a set member that is no division code matches nothing).
    /// </summary>
    public static bool InDivisions(ReadOnlySpan<string> divisions, string code)
    {
        if (!JurisdictionCode.TryParse(code, out var parsed))
        {
            return false;
        }

        foreach (var division in divisions)
        {
            if (JurisdictionCode.TryParse(division, out var outer) && parsed.IsWithin(outer))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>within</c>: the division code is <paramref name="outer"/> or lies under it; text that is no division code is within nothing.</summary>
    public static bool Within(string code, JurisdictionCode outer) => JurisdictionCode.TryParse(code, out var parsed) && parsed.IsWithin(outer);

    /// <summary>
    /// <c>has</c>: a certification of <paramref name="kind"/> valid on <paramref name="asOf"/> (both
    /// ends inclusive) and, when <paramref name="recognizedWithin"/> is given, recognised within it.
    /// </summary>
    public static bool Has(ReadOnlySpan<Certification> certifications, string kind, LocalDate asOf, DateInterval? recognizedWithin)
    {
        foreach (var c in certifications)
        {
            if (string.Equals(c.Kind, kind, StringComparison.Ordinal) && c.RecognizedOn <= asOf && (c.ExpiresOn is not { } expires || asOf <= expires)
                && (recognizedWithin is null || recognizedWithin.Contains(c.RecognizedOn)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="Has"/> for one certification of the kind sought, on ISO day numbers (the columns' form): in force on
    /// <paramref name="asOf"/> and recognised between <paramref name="from"/> and <paramref name="to"/>, all inclusive.
    /// </summary>
    /// <param name="recognizedOn">The day it was recognised.</param>
    /// <param name="expiresOn">Its last valid day, <see cref="int.MaxValue"/> when it never lapses.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="from">The first day of the recognition period, <see cref="int.MinValue"/> when there is none.</param>
    /// <param name="to">The last day of the recognition period, <see cref="int.MaxValue"/> when there is none.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Counts(int recognizedOn, int expiresOn, int asOf, int from, int to) =>
        recognizedOn <= asOf && asOf <= expiresOn && from <= recognizedOn && recognizedOn <= to;
}
