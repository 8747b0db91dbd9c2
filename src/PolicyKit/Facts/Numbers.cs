using System.Globalization;

namespace PolicyKit.Facts;

/// <summary>Culture-free handling of decimal numbers and money.</summary>
internal static class Numbers
{
    /// <summary>Removes trailing zeros so that 500000.00 and 500000 have one canonical form.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Formats a number without trailing zeros, in the invariant culture.</summary>
    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);
}
