using System.Buffers.Text;
using System.Text;
using NodaTime;
using PolicyKit.Facts;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Sources;

/// <summary>
/// Parses fact values written as text cells (specification §5: CSV populations, and text columns of a
/// database): <c>true</c>/<c>false</c>, invariant numbers, <c>yyyy-MM-dd</c> dates, code sets
/// as <c>a|b</c>, certifications as <c>kind:recognizedOn:expiresOn</c> joined by <c>|</c>.
/// </summary>
/// <remarks>
/// Works on UTF-8 bytes and caches, per fact, the codes and the coded cells it has accepted, so
/// a population of millions of rows makes a string only for free text. Strict: a cell that does
/// not fit its fact gives an error reason and no value. One instance per reader; not thread-safe.
/// </remarks>
internal sealed class FactCells
{
    private const int ShownCell = 60;
    internal static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly Utf8Table<string>?[] _codes;
    private readonly Utf8Table<FactValue>?[] _cells;

    public FactCells(FactSchema schema)
    {
        Schema = schema;
        _codes = new Utf8Table<string>?[schema.Count];
        _cells = new Utf8Table<FactValue>?[schema.Count];
        for (var slot = 0; slot < schema.Count; slot++)
        {
            var type = schema[slot].Type;
            if (schema[slot].IsCoded)
            {
                _codes[slot] = new Utf8Table<string>();
            }

            if (type is FactType.Code or FactType.CodeSet or FactType.Jurisdiction or FactType.Certifications or FactType.Bool)
            {
                _cells[slot] = new Utf8Table<FactValue>();
            }
        }
    }

    public FactSchema Schema { get; }

    /// <summary>The value of a non-empty <paramref name="cell"/> of the fact in <paramref name="slot"/>; null reason when it fits.</summary>
    public FactValue Parse(int slot, ReadOnlySpan<byte> cell, out string? reason)
    {
        reason = null;
        var cache = _cells[slot];
        if (cache is not null && cache.TryGet(cell, out var cached))
        {
            return cached;
        }

        var fact = Schema[slot];
        var value = fact.Type switch
        {
            FactType.Bool => Bool(cell, ref reason),
            FactType.Integer => Utf8Parser.TryParse(cell, out long n, out var used) && used == cell.Length
                ? FactValue.Integer(n)
                : Fail(ref reason, $"expected a whole number, found {Show(cell)}."),
            FactType.Decimal or FactType.Money => TryNumber(cell, out var number)
                ? Numbers.Refusal(fact, number) is { } negative
                    ? Fail(ref reason, negative)
                    : number == 0m && IsNonZero(cell)
                        ? Fail(ref reason, $"{Show(cell)} is not 0 but smaller than decimal can hold (28 decimal places); it would read as 0.")
                        : fact.Type == FactType.Money ? FactValue.Money(number) : FactValue.Decimal(number)
                : Fail(ref reason, $"expected a number such as 1234.56, found {Show(cell)}."),
            FactType.Date => TryDate(cell, out var date)
                ? FactValue.Date(date)
                : Fail(ref reason, $"{Show(cell)} is not a date; expected yyyy-MM-dd, e.g. 2023-01-01."),
            FactType.Text => Text(cell, ref reason),
            FactType.Jurisdiction => Jurisdiction(cell, ref reason),
            FactType.Code => TryCode(slot, cell, out var code) ? FactValue.Code(code) : Fail(ref reason, NotACode(fact, cell)),
            FactType.CodeSet => CodeSet(slot, cell, ref reason),
            _ => Certifications(slot, cell, ref reason),
        };
        if (reason is null && cache is not null)
        {
            cache.TryAdd(cell, value);
        }

        return value;
    }

    /// <summary>
    /// The value of an empty cell that was quoted (<c>""</c>): empty text, an empty code set or
    /// certification list; unknown for the other types, which have no empty value.
    /// </summary>
    public FactValue Empty(int slot) => Schema[slot].Type switch
    {
        FactType.Text => FactValue.Text(""),
        FactType.CodeSet => FactValue.SortedCodeSet([]),
        FactType.Certifications => FactValue.OwnedCertifications([]),
        _ => default,
    };

    /// <summary>Whether <paramref name="utf8"/> is a code of the fact in <paramref name="slot"/>, and that code.</summary>
    public bool TryCode(int slot, ReadOnlySpan<byte> utf8, out string code)
    {
        var cache = _codes[slot]!;
        if (cache.TryGet(utf8, out code))
        {
            return true;
        }

        if (!IsAscii(utf8))
        {
            // Codes are ASCII; anything else is refused before making a string of it.
            return false;
        }

        code = Encoding.ASCII.GetString(utf8);
        if (!Schema[slot].Accepts(code))
        {
            return false;
        }

        cache.TryAdd(utf8, code);
        return true;
    }

    /// <summary>Why <paramref name="code"/> is refused, as the JSON reader says it.</summary>
    public static string NotACode(FactDefinition fact, ReadOnlySpan<byte> code)
    {
        var expected = fact.IsOpen ? "a code of lower-case letters, digits and hyphens" : "one of " + string.Join(", ", fact.Codes);
        return $"{Show(code)} is not a code of fact '{fact.Id}'; expected {expected}.";
    }

    /// <summary>Parses an invariant decimal number (digits, an optional sign, point and exponent).</summary>
    /// <summary>Whether a number's text has a digit other than 0 before its exponent (1e-30 is not zero).</summary>
    private static bool IsNonZero(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }

    public static bool TryNumber(ReadOnlySpan<byte> utf8, out decimal value) =>
        Utf8Parser.TryParse(utf8, out value, out var used) && used == utf8.Length;

    /// <summary>Parses exactly <c>yyyy-MM-dd</c> with a year from 0001.</summary>
    public static bool TryDate(ReadOnlySpan<byte> s, out LocalDate date)
    {
        date = default;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-')
        {
            return false;
        }

        var year = Digits(s[..4]);
        var month = Digits(s.Slice(5, 2));
        var day = Digits(s.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>A cell as an error message shows it: quoted, cut after 60 characters.</summary>
    public static string Show(ReadOnlySpan<byte> cell)
    {
        var text = Encoding.UTF8.GetString(cell.Length > ShownCell * 4 ? cell[..(ShownCell * 4)] : cell);
        return "'" + (text.Length > ShownCell ? text[..ShownCell] + "…" : text) + "'";
    }

    private static int Digits(ReadOnlySpan<byte> s)
    {
        var n = 0;
        foreach (var b in s)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            n = (n * 10) + (b - '0');
        }

        return n;
    }

    private static bool IsAscii(ReadOnlySpan<byte> s)
    {
        foreach (var b in s)
        {
            if (b >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    private static FactValue Fail(ref string? reason, string why)
    {
        reason = why;
        return default;
    }

    private static FactValue Bool(ReadOnlySpan<byte> cell, ref string? reason) =>
        Ascii.EqualsIgnoreCase(cell, "true"u8) ? FactValue.Bool(true)
        : Ascii.EqualsIgnoreCase(cell, "false"u8) ? FactValue.Bool(false)
        : Fail(ref reason, $"expected true or false, found {Show(cell)}.");

    private static FactValue Text(ReadOnlySpan<byte> cell, ref string? reason)
    {
        try
        {
            return FactValue.Text(StrictUtf8.GetString(cell));
        }
        catch (DecoderFallbackException)
        {
            return Fail(ref reason, "the text is not valid UTF-8.");
        }
    }

    private static FactValue Jurisdiction(ReadOnlySpan<byte> cell, ref string? reason)
    {
        if ((cell.Length == 6 || cell.Length == 9) && Digits(cell) >= 0)
        {
            return FactValue.Jurisdiction(JurisdictionCode.Parse(Encoding.ASCII.GetString(cell)));
        }

        return Fail(ref reason, $"{Show(cell)} is not a jurisdiction code; expected six digits (GB/T 2260, e.g. 370212) or nine for a street.");
    }

    private FactValue CodeSet(int slot, ReadOnlySpan<byte> cell, ref string? reason)
    {
        var codes = new List<string>(4);
        for (var rest = cell; ; rest = rest[(rest.IndexOf((byte)'|') + 1)..])
        {
            var item = Item(rest);
            if (!TryCode(slot, item, out var code))
            {
                return Fail(ref reason, item.IsEmpty
                    ? $"an empty code in {Show(cell)}; write code sets as a|b."
                    : NotACode(Schema[slot], item));
            }

            codes.Add(code);
            if (item.Length == rest.Length)
            {
                break;
            }
        }

        return FactValue.SortedCodeSet(SortedDistinct(codes));
    }

    /// <summary>Sorts ordinally and drops duplicates, as <see cref="FactValue.CodeSet"/> does.</summary>
    public static string[] SortedDistinct(List<string> codes)
    {
        codes.Sort(StringComparer.Ordinal);
        var n = 0;
        for (var i = 0; i < codes.Count; i++)
        {
            if (n == 0 || !string.Equals(codes[n - 1], codes[i], StringComparison.Ordinal))
            {
                codes[n++] = codes[i];
            }
        }

        codes.RemoveRange(n, codes.Count - n);
        return [.. codes];
    }

    private FactValue Certifications(int slot, ReadOnlySpan<byte> cell, ref string? reason)
    {
        var list = new List<Certification>(4);
        for (var rest = cell; ; rest = rest[(rest.IndexOf((byte)'|') + 1)..])
        {
            var item = Item(rest);
            if (!TryCertification(slot, item, out var certification, out var why))
            {
                return Fail(ref reason, why);
            }

            list.Add(certification);
            if (item.Length == rest.Length)
            {
                break;
            }
        }

        return FactValue.OwnedCertifications([.. list]);
    }

    /// <summary>The first <c>|</c>-separated item of <paramref name="rest"/>.</summary>
    private static ReadOnlySpan<byte> Item(ReadOnlySpan<byte> rest)
    {
        var bar = rest.IndexOf((byte)'|');
        return bar < 0 ? rest : rest[..bar];
    }

    private bool TryCertification(int slot, ReadOnlySpan<byte> item, out Certification certification, out string why)
    {
        certification = null!;
        why = "";
        var firstColon = item.IndexOf((byte)':');
        var kindBytes = firstColon < 0 ? item : item[..firstColon];
        if (firstColon < 0 || !TryCode(slot, kindBytes, out var kind))
        {
            why = firstColon < 0
                ? $"{Show(item)} is not a certification; expected kind:recognizedOn:expiresOn, e.g. unicorn:2023-05-10:2026-05-09 (expiresOn may be empty)."
                : NotACode(Schema[slot], kindBytes);
            return false;
        }

        var rest = item[(firstColon + 1)..];
        var secondColon = rest.IndexOf((byte)':');
        var recognizedBytes = secondColon < 0 ? rest : rest[..secondColon];
        var expiresBytes = secondColon < 0 ? [] : rest[(secondColon + 1)..];
        if (!TryDate(recognizedBytes, out var recognizedOn))
        {
            why = $"{Show(recognizedBytes)} is not a date (recognizedOn of {Show(item)}); expected yyyy-MM-dd, e.g. 2023-01-01.";
            return false;
        }

        LocalDate? expiresOn = null;
        if (!expiresBytes.IsEmpty)
        {
            if (!TryDate(expiresBytes, out var expires))
            {
                why = $"{Show(expiresBytes)} is not a date (expiresOn of {Show(item)}); expected yyyy-MM-dd or nothing.";
                return false;
            }

            if (expires < recognizedOn)
            {
                why = $"the certification {Show(item)} expires before it is recognised.";
                return false;
            }

            expiresOn = expires;
        }

        certification = new Certification(kind, recognizedOn, expiresOn, @checked: true);
        return true;
    }
}
