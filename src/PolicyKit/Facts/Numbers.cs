using System.Globalization;

namespace PolicyKit.Facts;

/// <summary>Culture-free handling of decimal numbers and money.</summary>
internal static class Numbers
{
    /// <summary>Removes trailing zeros so that 500000.00 and 500000 have one canonical form.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Formats a number without trailing zeros, in the invariant culture.</summary>
    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Why a reader refuses <paramref name="value"/> for <paramref name="fact"/>, or null when it may hold it:
    /// a money fact is an amount of yuan and is never negative (specification §4.4); a quantity that can
    /// be negative, such as a profit, is declared <c>decimal</c>. Every profile reader asks this.
    /// </summary>
    public static string? Refusal(FactDefinition fact, decimal value) =>
        fact.Type == FactType.Money && value < 0m
            ? $"{Format(value)} is negative, but fact '{fact.Id}' is money, an amount of zero or more yuan; a value that can be negative is declared as a decimal fact."
            : null;
}
