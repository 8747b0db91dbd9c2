using System.Collections.Immutable;
using NodaTime;
using PolicyKit.Text;

namespace PolicyKit.Model;

/// <summary>
/// How to apply for an item and how it pays out (申兑指南), as far as the sources state it: the
/// application windows, the materials, the contact phone, how and where applications are
/// accepted, how soon it pays, the document's number and link, and whether it is paid without
/// application (免申即享).
/// </summary>
/// <remarks>
/// Every member is optional and holds only what a source states; a member left empty means
/// "not stated" (未载明), never "none". The department that answers for the item (责任部门) is the
/// item's <see cref="Policy.Department"/> and is not repeated here. Immutable once built; set its
/// members with an object initializer. Equality compares every member.
/// </remarks>
public sealed class ApplicationGuide : IEquatable<ApplicationGuide>
{
    /// <summary>
    /// The periods in which applications are accepted (申报时间), both ends inclusive; an end may
    /// be open. Empty when not stated or when <see cref="YearRound"/>.
    /// </summary>
    public ImmutableArray<Validity> Windows { get; init; } = [];

    /// <summary>Whether applications are accepted all year (常年受理).</summary>
    public bool YearRound { get; init; }

    /// <summary>The materials to submit (申报材料), in the order stated.</summary>
    public ImmutableArray<LocalizedText> Materials { get; init; } = [];

    /// <summary>The phone number for questions (咨询电话), as written.</summary>
    public string? Phone { get; init; }

    /// <summary>How applications are accepted (受理方式), e.g. online on a named platform.</summary>
    public LocalizedText? Method { get; init; }

    /// <summary>Where applications are accepted (受理地址).</summary>
    public LocalizedText? Address { get; init; }

    /// <summary>How soon the award is paid (兑现时限), as written.</summary>
    public LocalizedText? PayoutTime { get; init; }

    /// <summary>The number of the document that states the item (文号), e.g. 崂政发〔2023〕1号.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Where the document is published (an absolute http or https address).</summary>
    public Uri? Link { get; init; }

    /// <summary>
    /// Whether the item is paid without application (免申即享): <see langword="true"/> when the
    /// sources say so, <see langword="false"/> when they say an application is needed,
    /// <see langword="null"/> when they do not say.
    /// </summary>
    public bool? WithoutApplication { get; init; }

    /// <summary>Whether nothing at all is stated.</summary>
    public bool IsEmpty => Windows.IsEmpty && !YearRound && Materials.IsEmpty && Phone is null && Method is null && Address is null
        && PayoutTime is null && DocumentNumber is null && Link is null && WithoutApplication is null;

    /// <summary>
    /// Whether applications are accepted on <paramref name="date"/>, from <paramref name="guide"/>
    /// (which may be <see langword="null"/>: nothing stated).
    /// </summary>
    /// <remarks>
    /// 免申即享 gives <see cref="ApplicationStatus.WithoutApplication"/>; 常年受理 gives
    /// <see cref="ApplicationStatus.Open"/>; otherwise a window that contains the date gives
    /// <see cref="ApplicationStatus.Open"/> (with that window), else a window still to come gives
    /// <see cref="ApplicationStatus.NotYetOpen"/> (with the earliest), else
    /// <see cref="ApplicationStatus.Closed"/> (with the one that ended last); no window stated
    /// gives <see cref="ApplicationStatus.NotStated"/>.
    /// </remarks>
    public static ApplicationState StateOn(ApplicationGuide? guide, LocalDate date)
    {
        if (guide is null)
        {
            return new(ApplicationStatus.NotStated, null);
        }

        if (guide.WithoutApplication == true)
        {
            return new(ApplicationStatus.WithoutApplication, null);
        }

        if (guide.YearRound)
        {
            return new(ApplicationStatus.Open, null);
        }

        if (guide.Windows.IsEmpty)
        {
            return new(ApplicationStatus.NotStated, null);
        }

        Validity? next = null;
        Validity? last = null;
        foreach (var window in guide.Windows)
        {
            if (window.Contains(date))
            {
                return new(ApplicationStatus.Open, window);
            }

            if (window.Start is { } start && start > date)
            {
                next = next is { Start: { } n } && n <= start ? next : window;
            }
            else
            {
                last = last is { End: { } l } && window.End is { } e && l >= e ? last : window;
            }
        }

        return next is not null ? new(ApplicationStatus.NotYetOpen, next) : new(ApplicationStatus.Closed, last);
    }

    /// <inheritdoc />
    public bool Equals(ApplicationGuide? other) =>
        other is not null && Windows.SequenceEqual(other.Windows) && YearRound == other.YearRound && Materials.SequenceEqual(other.Materials)
        && Phone == other.Phone && Method == other.Method && Address == other.Address && PayoutTime == other.PayoutTime
        && DocumentNumber == other.DocumentNumber && Link == other.Link && WithoutApplication == other.WithoutApplication;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ApplicationGuide);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Windows.Length, YearRound, Materials.Length, Phone, DocumentNumber, WithoutApplication);
}

/// <summary>Whether an item takes applications on a date (a decision's 申报 state).</summary>
public enum ApplicationStatus
{
    /// <summary>The sources state no application period (未载明).</summary>
    NotStated,

    /// <summary>Applications are accepted on the date (申报中), in a window or all year.</summary>
    Open,

    /// <summary>The next window has not started (未开始).</summary>
    NotYetOpen,

    /// <summary>Every window has ended (已截止).</summary>
    Closed,

    /// <summary>Paid without application (免申即享): there is nothing to apply for.</summary>
    WithoutApplication,
}

/// <summary>An item's application state on a date, with the window it refers to.</summary>
/// <param name="Status">Open, not yet open, closed, not stated or paid without application.</param>
/// <param name="Window">
/// For <see cref="ApplicationStatus.Open"/> the window that contains the date (null all year), for
/// <see cref="ApplicationStatus.NotYetOpen"/> the next one, for <see cref="ApplicationStatus.Closed"/>
/// the one that ended last; otherwise <see langword="null"/>.
/// </param>
public sealed record ApplicationState(ApplicationStatus Status, Validity? Window);
