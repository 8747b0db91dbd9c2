using NodaTime;

namespace PolicyKit.Testing;

/// <summary>
/// A clock that says what the test tells it (NodaTime.Testing is not in every package mirror).
/// </summary>
/// <remarks>Thread-safe: reads and writes of the current instant are atomic.</remarks>
public sealed class FakeClock : IClock
{
    private long _ticks;

    /// <summary>Creates a clock standing at <paramref name="now"/>.</summary>
    public FakeClock(Instant now) => _ticks = now.ToUnixTimeTicks();

    /// <summary>A clock standing at midnight of <paramref name="date"/> in <paramref name="zone"/> (Asia/Shanghai when null).</summary>
    public static FakeClock At(LocalDate date, DateTimeZone? zone = null) =>
        new(date.AtStartOfDayInZone(zone ?? DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant());

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(Interlocked.Read(ref _ticks));

    /// <summary>Moves the clock to <paramref name="now"/>.</summary>
    public void Reset(Instant now) => Interlocked.Exchange(ref _ticks, now.ToUnixTimeTicks());

    /// <summary>Moves the clock forward by <paramref name="duration"/>.</summary>
    public void Advance(Duration duration) => Interlocked.Add(ref _ticks, duration.BclCompatibleTicks);
}
