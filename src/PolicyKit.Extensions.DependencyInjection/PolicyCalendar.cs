using NodaTime;

namespace PolicyKit.Extensions.DependencyInjection;

/// <summary>"Today" for PolicyKit: the registered clock read in the registered time zone.</summary>
/// <remarks>Thread-safe; registered as a singleton.</remarks>
/// <param name="clock">The clock.</param>
/// <param name="zone">The time zone.</param>
public sealed class PolicyCalendar(IClock clock, DateTimeZone zone)
{
    /// <summary>The time zone.</summary>
    public DateTimeZone Zone { get; } = zone ?? throw new ArgumentNullException(nameof(zone));

    /// <summary>Today's date in <see cref="Zone"/>.</summary>
    public LocalDate Today() => (clock ?? throw new InvalidOperationException("no clock")).GetCurrentInstant().InZone(Zone).Date;
}
