using System.Globalization;

namespace OneStop.Bot.Safekeeping;

/// <summary>
/// When scheduled backups run: "daily 02:00" (each day at that time in the commune, whatever the server's zone) or
/// "every 06:00:00" (at that interval from the bot's start). Anything else fails at start-up with the forms it accepts.
/// </summary>
internal sealed record BackupSchedule(TimeOnly? DailyAt, TimeSpan? Interval)
{
    public static BackupSchedule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts is ["daily", var at] && TimeOnly.TryParseExact(at, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new BackupSchedule(time, null);
        }

        if (parts is ["every", var span] && TimeSpan.TryParse(span, CultureInfo.InvariantCulture, out var interval) && interval >= TimeSpan.FromMinutes(1))
        {
            return new BackupSchedule(null, interval);
        }

        throw new InvalidOperationException(
            $"Storage__BackupEvery is \"{text}\": write \"daily 02:00\" (each day at that time in the commune) or \"every 06:00:00\" (an interval of at least a minute).");
    }

    /// <summary>The first backup time after <paramref name="now"/>; <paramref name="last"/> is when the previous one ran (intervals count from it).</summary>
    public DateTimeOffset Next(DateTimeOffset now, DateTimeOffset last, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (Interval is { } interval)
        {
            var next = last + interval;
            return next > now ? next : now;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = new DateTimeOffset(local.Date + DailyAt!.Value.ToTimeSpan(), local.Offset);
        return today > now ? today : today.AddDays(1);
    }
}
