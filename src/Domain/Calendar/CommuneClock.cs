namespace OneStop.Domain.Calendar;

/// <summary>
/// The time in the commune (Asia/Ho_Chi_Minh), whatever zone the server runs in. The one place where an instant
/// becomes a wall-clock time: everything in the calendar reasons in commune-local dates and times.
/// </summary>
public sealed class CommuneClock
{
    private readonly TimeProvider _time;

    public CommuneClock(TimeProvider time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(zone);
        _time = time;
        Zone = zone;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The commune's wall-clock time now (Kind is Unspecified: it is not the server's local time).</summary>
    public DateTime LocalNow => ToLocal(_time.GetUtcNow());

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>The instant of a commune wall-clock time; its Kind is ignored.</summary>
    public DateTimeOffset ToUtc(DateTime local)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(wallClock, Zone), TimeSpan.Zero);
    }

    public DateTime ToLocal(DateTimeOffset instant) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, Zone).DateTime, DateTimeKind.Unspecified);
}
