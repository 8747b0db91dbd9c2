using System.Diagnostics;
using System.Text.RegularExpressions;
using NodaTime;

namespace PolicyKit.Facts;

/// <summary>
/// A recognition an enterprise holds (认定), such as 高新技术企业 (<c>high-tech</c>) or 独角兽 (<c>unicorn</c>).
/// </summary>
/// <remarks>
/// Both dates are inclusive: the certification counts from <see cref="RecognizedOn"/> through
/// <see cref="ExpiresOn"/>, its last valid day; a <see langword="null"/> expiry never lapses.
/// Immutable; equality compares kind and both dates.
/// </remarks>
public sealed partial record Certification
{
    /// <summary>Creates a certification.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a code of lower-case letters, digits and hyphens.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expiresOn"/> is before <paramref name="recognizedOn"/>.</exception>
    public Certification(string kind, LocalDate recognizedOn, LocalDate? expiresOn = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (!CodePattern().IsMatch(kind))
        {
            throw new ArgumentException($"certification kind '{kind}' must be lower-case letters, digits and hyphens.", nameof(kind));
        }

        if (expiresOn < recognizedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresOn), $"a certification cannot expire ({expiresOn:uuuu-MM-dd}) before it is recognised ({recognizedOn:uuuu-MM-dd}).");
        }

        Kind = kind;
        RecognizedOn = recognizedOn;
        ExpiresOn = expiresOn;
    }

    /// <summary>A certification whose kind and dates the caller has already checked (the readers' fast path).</summary>
    internal Certification(string kind, LocalDate recognizedOn, LocalDate? expiresOn, bool @checked)
    {
        Debug.Assert(@checked && CodePattern().IsMatch(kind) && !(expiresOn < recognizedOn), "the caller checks the kind and the dates.");
        Kind = kind;
        RecognizedOn = recognizedOn;
        ExpiresOn = expiresOn;
    }

    /// <summary>The kind of recognition, an open code such as <c>unicorn</c>.</summary>
    public string Kind { get; }

    /// <summary>The day it was recognised (认定日期).</summary>
    public LocalDate RecognizedOn { get; }

    /// <summary>Its last valid day, or <see langword="null"/> when it does not expire.</summary>
    public LocalDate? ExpiresOn { get; }

    /// <summary>Whether the certification is in force on <paramref name="date"/> (both ends inclusive).</summary>
    public bool IsValidOn(LocalDate date) => RecognizedOn <= date && (ExpiresOn is null || date <= ExpiresOn.Value);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex CodePattern();
}
