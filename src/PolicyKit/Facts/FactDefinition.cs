using System.Collections.Immutable;
using PolicyKit.Text;

namespace PolicyKit.Facts;

/// <summary>
/// The declaration of one enterprise fact in a <see cref="FactSchema"/>: its id, type, label,
/// unit and, for code facts, its codes.
/// </summary>
/// <remarks>
/// For <see cref="FactType.Code"/>, <see cref="FactType.CodeSet"/> and
/// <see cref="FactType.Certifications"/> facts, <see cref="Codes"/> lists the known codes. A
/// closed fact (<see cref="IsOpen"/> false) accepts only those; an open one accepts any code of
/// lower-case letters, digits and hyphens. Immutable.
/// </remarks>
public sealed record FactDefinition
{
    /// <summary>Creates a fact definition.</summary>
    /// <param name="id">A dotted id such as <c>enterprise.employees</c>.</param>
    /// <param name="type">The fact's type.</param>
    /// <param name="label">The bilingual label shown to people.</param>
    /// <param name="unit">The unit (<c>yuan</c>, <c>mu</c>, <c>persons</c>), if any.</param>
    /// <param name="codes">The known codes of a code, code set or certifications fact.</param>
    /// <param name="isOpen">Whether codes outside <paramref name="codes"/> are accepted.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or codes are given for a fact type that has none.</exception>
    public FactDefinition(string id, FactType type, LocalizedText label, string? unit = null, IEnumerable<string>? codes = null, bool isOpen = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(label);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "unknown fact type.");
        }

        var codeList = codes?.ToImmutableArray() ?? [];
        if (!codeList.IsEmpty && !HasCodes(type))
        {
            throw new ArgumentException($"fact '{id}' of type {type} cannot have codes.", nameof(codes));
        }

        Id = id;
        Type = type;
        Label = label;
        Unit = unit;
        Codes = codeList;
        IsOpen = HasCodes(type) && (isOpen || type == FactType.Certifications && codeList.IsEmpty);
    }

    /// <summary>The fact id, e.g. <c>enterprise.annualOutput</c>.</summary>
    public string Id { get; }

    /// <summary>The fact's type.</summary>
    public FactType Type { get; }

    /// <summary>The label in Chinese and English.</summary>
    public LocalizedText Label { get; }

    /// <summary>The unit, or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>The known codes, in declaration order (empty for facts without codes).</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Whether codes beyond <see cref="Codes"/> are accepted.</summary>
    public bool IsOpen { get; }

    /// <summary>
    /// Whether the fact stands for a condition the sources leave open (e.g. 符合产业导向 behind a
    /// list "包括但不限于"): its value is the authority's judgement, and an item that reads it says
    /// that its text leaves a condition open (specification §4.3).
    /// </summary>
    public bool IsOpenCondition { get; init; }

    /// <summary>Whether a value of this fact is written as codes.</summary>
    public bool IsCoded => HasCodes(Type);

    /// <summary>Whether <paramref name="code"/> is acceptable for this fact.</summary>
    public bool Accepts(string code) =>
        Codes.Contains(code, StringComparer.Ordinal) || (IsOpen && Certification.CodePattern().IsMatch(code));

    /// <summary>Whether <paramref name="code"/> is one of the declared <see cref="Codes"/>.</summary>
    public bool IsKnownCode(string code) => Codes.Contains(code, StringComparer.Ordinal);

    internal static bool HasCodes(FactType type) => type is FactType.Code or FactType.CodeSet or FactType.Certifications;

    /// <inheritdoc />
    public bool Equals(FactDefinition? other) =>
        other is not null && Id == other.Id && Type == other.Type && Label == other.Label && Unit == other.Unit
        && IsOpen == other.IsOpen && IsOpenCondition == other.IsOpenCondition && Codes.SequenceEqual(other.Codes, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Type);
}
