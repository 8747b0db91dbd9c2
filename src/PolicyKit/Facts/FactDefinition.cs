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

    /// <summary>
    /// The labels of codes, in Chinese and English (规模以上企业 / above designated size), by code; empty when none
    /// are declared. Outputs for people show a code's label where it has one, and the code itself otherwise.
    /// </summary>
    /// <remarks>
    /// The standard facts carry built-in labels for their codes; a catalog declares labels for the codes of its own
    /// facts (specification §4). A label for a code outside <see cref="Codes"/> is a validation error.
    /// </remarks>
    /// <exception cref="ArgumentException">A label is null, or the fact's type has no codes.</exception>
    public ImmutableDictionary<string, LocalizedText> CodeLabels
    {
        get => _codeLabels;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (!value.IsEmpty && !HasCodes(Type))
            {
                throw new ArgumentException($"fact '{Id}' of type {Type} has no codes to label.", nameof(value));
            }

            if (value.Values.Any(v => v is null))
            {
                throw new ArgumentException($"fact '{Id}' has a null code label.", nameof(value));
            }

            _codeLabels = value.WithComparers(StringComparer.Ordinal);
        }
    }

    private readonly ImmutableDictionary<string, LocalizedText> _codeLabels = ImmutableDictionary<string, LocalizedText>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The label of <paramref name="code"/>, or <see langword="null"/> when it has none.</summary>
    /// <param name="code">A code of this fact.</param>
    /// <returns>The declared or built-in label.</returns>
    public LocalizedText? LabelOf(string code) => code is not null && _codeLabels.TryGetValue(code, out var label) ? label : null;

    /// <summary>The label of <paramref name="code"/>, or the code itself in both languages when it has none.</summary>
    internal LocalizedText CodeText(string code) => LabelOf(code) ?? LocalizedText.Verbatim(code);

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
        && IsOpen == other.IsOpen && IsOpenCondition == other.IsOpenCondition && Codes.SequenceEqual(other.Codes, StringComparer.Ordinal)
        && _codeLabels.Count == other._codeLabels.Count
        && _codeLabels.All(l => other._codeLabels.TryGetValue(l.Key, out var o) && o == l.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Type);
}
