using System.Diagnostics.CodeAnalysis;

namespace PolicyKit.Jurisdictions;

/// <summary>
/// An administrative division code (行政区划代码): six digits after GB/T 2260 ("370212" is
/// Laoshan), or nine digits for a street or township below a district (GB/T 10114).
/// </summary>
/// <remarks>
/// Trailing zero pairs mark the level: <c>370000</c> is a province, <c>370200</c> a city,
/// <c>370212</c> a district, <c>370213001</c> a street. <see cref="IsWithin"/> follows that
/// nesting: a code is within itself and within every code above it. Equality is ordinal.
/// The default value is not a valid code; use <see cref="Parse"/> or <see cref="TryParse"/>.
/// </remarks>
public readonly record struct JurisdictionCode : IComparable<JurisdictionCode>
{
    private readonly string? _value;

    private JurisdictionCode(string value) => _value = value;

    /// <summary>The digits of the code.</summary>
    public string Value => _value ?? "000000";

    /// <summary>The level of government the code denotes, read from its digits.</summary>
    public JurisdictionLevel Level => Value switch
    {
        { Length: 9 } => JurisdictionLevel.Street,
        "000000" or "100000" => JurisdictionLevel.National,
        var v when v.EndsWith("0000", StringComparison.Ordinal) => JurisdictionLevel.Provincial,
        var v when v.EndsWith("00", StringComparison.Ordinal) => JurisdictionLevel.Municipal,
        _ => JurisdictionLevel.District,
    };

    /// <summary>Parses a six- or nine-digit code.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not six or nine ASCII digits.</exception>
    public static JurisdictionCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a jurisdiction code: expected six digits (GB/T 2260, e.g. 370212) or nine for a street.");
    }

    /// <summary>Tries to parse a six- or nine-digit code.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out JurisdictionCode code)
    {
        code = default;
        if (text is null || (text.Length != 6 && text.Length != 9))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        code = new JurisdictionCode(text);
        return true;
    }

    /// <summary>
    /// Whether this code is <paramref name="other"/> itself or lies under it
    /// (370212 is within 370200 and 370000; 370200 is not within 370212).
    /// </summary>
    public bool IsWithin(JurisdictionCode other)
    {
        var self = Value;
        var outer = other.Value;
        if (string.Equals(self, outer, StringComparison.Ordinal))
        {
            return true;
        }

        var prefix = SignificantPrefix(outer);
        return prefix.Length < self.Length && self.AsSpan().StartsWith(prefix, StringComparison.Ordinal);
    }

    private static ReadOnlySpan<char> SignificantPrefix(string code)
    {
        if (code.Length == 9)
        {
            return code.AsSpan();
        }

        if (code is "000000" or "100000")
        {
            return [];
        }

        if (code.EndsWith("0000", StringComparison.Ordinal))
        {
            return code.AsSpan(0, 2);
        }

        return code.EndsWith("00", StringComparison.Ordinal) ? code.AsSpan(0, 4) : code.AsSpan();
    }

    /// <inheritdoc />
    public int CompareTo(JurisdictionCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Value;
}
