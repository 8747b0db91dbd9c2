using NodaTime;
using NodaTime.Text;

namespace PolicyKit.Model;

/// <summary>
/// The days a list or policy is in force, both ends inclusive; either end may be open.
/// </summary>
/// <remarks>
/// NodaTime's <see cref="DateInterval"/> cannot be open-ended, so this small type stands in and
/// converts with <see cref="ToDateInterval"/> when both ends are set. <see langword="default"/>
/// is open at both ends (always in force). Equality compares both ends.
/// </remarks>
public readonly record struct Validity
{
    /// <summary>Creates a validity period.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Validity(LocalDate? start, LocalDate? end)
    {
        if (start is { } s && end is { } e && e < s)
        {
            throw new ArgumentException($"a validity cannot end ({LocalDatePattern.Iso.Format(e)}) before it starts ({LocalDatePattern.Iso.Format(s)}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day in force, or <see langword="null"/> when open.</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day in force, or <see langword="null"/> when open.</summary>
    public LocalDate? End { get; }

    /// <summary>Always in force.</summary>
    public static Validity Always => default;

    /// <summary>From <paramref name="start"/> through <paramref name="end"/>.</summary>
    public static Validity Between(LocalDate start, LocalDate end) => new(start, end);

    /// <summary>Whether <paramref name="date"/> is in force (both ends inclusive).</summary>
    public bool Contains(LocalDate date) => (Start is null || Start.Value <= date) && (End is null || date <= End.Value);

    /// <summary>Whether every day of <paramref name="inner"/> lies in this period.</summary>
    public bool Encloses(Validity inner) =>
        (Start is null || (inner.Start is { } s && Start.Value <= s)) && (End is null || (inner.End is { } e && e <= End.Value));

    /// <summary>The period as a <see cref="DateInterval"/>, or <see langword="null"/> when an end is open.</summary>
    public DateInterval? ToDateInterval() => Start is { } s && End is { } e ? new DateInterval(s, e) : null;

    /// <inheritdoc />
    public override string ToString() =>
        (Start is { } s ? LocalDatePattern.Iso.Format(s) : "") + ".." + (End is { } e ? LocalDatePattern.Iso.Format(e) : "");
}
