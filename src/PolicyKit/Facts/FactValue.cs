using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using NodaTime.Text;
using PolicyKit.Jurisdictions;

namespace PolicyKit.Facts;

/// <summary>
/// One value of an enterprise fact, or the absence of one: <see langword="default"/> is
/// <em>unknown</em>, never false or zero.
/// </summary>
/// <remarks>
/// A small tagged value so that a profile is an array of slots rather than a dictionary of
/// strings. Code sets are kept sorted and distinct (ordinal), so equal sets compare equal.
/// Equality compares type and value; numbers of different scale (<c>1.0</c> and <c>1</c>) are
/// equal. Immutable and thread-safe.
/// </remarks>
public readonly struct FactValue : IEquatable<FactValue>
{
    private readonly object? _ref;
    private readonly decimal _number;
    private readonly long _bits;
    private readonly byte _type;

    private FactValue(FactType type, long bits = 0, decimal number = 0m, object? reference = null)
    {
        _type = (byte)type;
        _bits = bits;
        _number = number;
        _ref = reference;
    }

    /// <summary>The unknown value.</summary>
    public static FactValue Unknown => default;

    /// <summary>Whether a value is present.</summary>
    public bool IsKnown => _type != 0;

    /// <summary>The type of the value.</summary>
    /// <exception cref="InvalidOperationException">The value is unknown.</exception>
    public FactType Type => IsKnown ? (FactType)_type : throw new InvalidOperationException("an unknown fact value has no type.");

    /// <summary>A yes/no value.</summary>
    public static FactValue Bool(bool value) => new(FactType.Bool, value ? 1 : 0);

    /// <summary>A whole number.</summary>
    public static FactValue Integer(long value) => new(FactType.Integer, value, value);

    /// <summary>A decimal number.</summary>
    public static FactValue Decimal(decimal value) => new(FactType.Decimal, number: value);

    /// <summary>An amount in yuan.</summary>
    public static FactValue Money(decimal yuan) => new(FactType.Money, number: yuan);

    /// <summary>A calendar date.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not in the ISO calendar.</exception>
    public static FactValue Date(LocalDate value) => value.Calendar == CalendarSystem.Iso
        ? new(FactType.Date, value.ToDateOnly().DayNumber)
        : throw new ArgumentException("dates must be in the ISO calendar.", nameof(value));

    /// <summary>Free text.</summary>
    public static FactValue Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(FactType.Text, reference: value);
    }

    /// <summary>A division code.</summary>
    public static FactValue Jurisdiction(JurisdictionCode value) => new(FactType.Jurisdiction, reference: value.Value);

    /// <summary>One code.</summary>
    public static FactValue Code(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(FactType.Code, reference: value);
    }

    /// <summary>A set of codes; duplicates are dropped and the codes sorted ordinally.</summary>
    public static FactValue CodeSet(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var sorted = codes.Select(c => c ?? throw new ArgumentException("a code set cannot contain null.", nameof(codes)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new(FactType.CodeSet, reference: sorted);
    }

    /// <summary>A code set from codes already sorted ordinally and distinct (the readers' fast path).</summary>
    internal static FactValue SortedCodeSet(string[] sortedDistinct) => new(FactType.CodeSet, reference: sortedDistinct);

    /// <summary>A certification list from an array the caller gives up (the readers' fast path).</summary>
    internal static FactValue OwnedCertifications(Certification[] certifications) => new(FactType.Certifications, reference: certifications);

    /// <summary>A list of certifications, kept in the order given.</summary>
    public static FactValue Certifications(IEnumerable<Certification> certifications)
    {
        ArgumentNullException.ThrowIfNull(certifications);
        var list = certifications.ToArray();
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentException("a certification list cannot contain null.", nameof(certifications));
        }

        return new(FactType.Certifications, reference: list);
    }

    /// <summary>The yes/no value.</summary>
    public bool AsBool() => Expect(FactType.Bool)._bits != 0;

    /// <summary>The whole number.</summary>
    public long AsInteger() => Expect(FactType.Integer)._bits;

    /// <summary>The value of a number fact (integer, decimal or money) as <see cref="decimal"/>.</summary>
    public decimal AsNumber() => IsNumber ? _number : throw Mismatch("a number");

    /// <summary>The date.</summary>
    public LocalDate AsDate() => LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)Expect(FactType.Date)._bits));

    /// <summary>The text, code or division code as a string.</summary>
    public string AsString() => _type is (byte)FactType.Text or (byte)FactType.Code or (byte)FactType.Jurisdiction
        ? (string)_ref!
        : throw Mismatch("text, a code or a division code");

    /// <summary>The division code.</summary>
    public JurisdictionCode AsJurisdiction() => JurisdictionCode.Parse((string)Expect(FactType.Jurisdiction)._ref!);

    /// <summary>The codes of a code set, sorted ordinally.</summary>
    public ImmutableArray<string> AsCodeSet() => ImmutableCollectionsMarshal.AsImmutableArray((string[])Expect(FactType.CodeSet)._ref!);

    /// <summary>The certifications.</summary>
    public ImmutableArray<Certification> AsCertifications() =>
        ImmutableCollectionsMarshal.AsImmutableArray((Certification[])Expect(FactType.Certifications)._ref!);

    /// <summary>Whether the value is an integer, decimal or money.</summary>
    public bool IsNumber => _type is (byte)FactType.Integer or (byte)FactType.Decimal or (byte)FactType.Money;

    internal long RawBits => _bits;

    internal decimal RawNumber => _number;

    internal string RawString => (string)_ref!;

    internal string[] RawCodes => (string[])_ref!;

    internal Certification[] RawCertifications => (Certification[])_ref!;

    private FactValue Expect(FactType type) => _type == (byte)type ? this : throw Mismatch(type.ToString());

    private InvalidOperationException Mismatch(string wanted) =>
        new(IsKnown ? $"the value is {(FactType)_type}, not {wanted}." : $"the value is unknown, not {wanted}.");

    /// <summary>
    /// Orders two values of the same ordered type (numbers, dates, text, codes).
    /// </summary>
    /// <exception cref="InvalidOperationException">The values are not both known and comparable.</exception>
    public int CompareTo(FactValue other)
    {
        if (IsNumber && other.IsNumber)
        {
            return _number.CompareTo(other._number);
        }

        if (_type != other._type || !IsKnown)
        {
            throw new InvalidOperationException($"cannot order {Describe()} and {other.Describe()}.");
        }

        return (FactType)_type switch
        {
            FactType.Date or FactType.Bool => _bits.CompareTo(other._bits),
            FactType.Text or FactType.Code or FactType.Jurisdiction => string.CompareOrdinal((string)_ref!, (string)other._ref!),
            _ => throw new InvalidOperationException($"values of type {(FactType)_type} have no order."),
        };
    }

    /// <inheritdoc />
    public bool Equals(FactValue other)
    {
        if (IsNumber && other.IsNumber)
        {
            return _type == other._type && _number == other._number;
        }

        if (_type != other._type)
        {
            return false;
        }

        return (FactType)_type switch
        {
            0 => true,
            FactType.Bool or FactType.Date => _bits == other._bits,
            FactType.Text or FactType.Code or FactType.Jurisdiction => string.Equals((string)_ref!, (string)other._ref!, StringComparison.Ordinal),
            FactType.CodeSet => RawCodes.AsSpan().SequenceEqual(other.RawCodes),
            FactType.Certifications => RawCertifications.AsSpan().SequenceEqual(other.RawCertifications),
            _ => false,
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FactValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (FactType)_type switch
    {
        0 => 0,
        FactType.Integer or FactType.Decimal or FactType.Money => HashCode.Combine(_type, _number),
        FactType.Bool or FactType.Date => HashCode.Combine(_type, _bits),
        FactType.CodeSet => HashCode.Combine(_type, RawCodes.Length, RawCodes.Length > 0 ? RawCodes[0] : null),
        FactType.Certifications => HashCode.Combine(_type, RawCertifications.Length),
        _ => HashCode.Combine(_type, (string)_ref!),
    };

    /// <summary>Whether two values are equal.</summary>
    public static bool operator ==(FactValue left, FactValue right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    public static bool operator !=(FactValue left, FactValue right) => !left.Equals(right);

    /// <summary>The value as culture-free text, as reports show it ("5", "2023-05-10", "a|b", "unknown").</summary>
    public override string ToString() => Describe();

    internal string Describe() => (FactType)_type switch
    {
        0 => "unknown",
        FactType.Bool => _bits != 0 ? "true" : "false",
        FactType.Integer => _bits.ToString(CultureInfo.InvariantCulture),
        FactType.Decimal or FactType.Money => Numbers.Format(_number),
        FactType.Date => LocalDatePattern.Iso.Format(AsDate()),
        FactType.CodeSet => "[" + string.Join(", ", RawCodes) + "]",
        FactType.Certifications => "[" + string.Join(", ", RawCertifications.Select(c =>
            c.Kind + " " + LocalDatePattern.Iso.Format(c.RecognizedOn) + ".." + (c.ExpiresOn is { } e ? LocalDatePattern.Iso.Format(e) : ""))) + "]",
        _ => (string)_ref!,
    };
}
