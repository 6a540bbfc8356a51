namespace OneStop.Bot.Hosting;

/// <summary>The system clock moved to start at a chosen moment (Clock__Now); timers and delays run at the normal pace.</summary>
internal sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
