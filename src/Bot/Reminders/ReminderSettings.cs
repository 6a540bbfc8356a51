using System.Globalization;
using Microsoft.Extensions.Configuration;
using OneStop.Domain.Reminders;

namespace OneStop.Bot.Reminders;

/// <summary>
/// Reminder times from configuration (Reminders__Evening, Reminders__Morning, Reminders__FollowUp as "HH:mm",
/// commune-local); a malformed time stops start-up with a message rather than reminding at a wrong hour.
/// </summary>
internal static class ReminderSettings
{
    public const string Section = "Reminders";

    public static ReminderSchedule Schedule(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = config.GetSection(Section);
        var fallback = ReminderSchedule.Default;
        return new ReminderSchedule(
            Time(section, "Evening", fallback.Evening),
            Time(section, "Morning", fallback.Morning),
            Time(section, "FollowUp", fallback.FollowUp));
    }

    private static TimeOnly Time(IConfigurationSection section, string key, TimeOnly fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidOperationException($"{Section}__{key} is '{text}'; write a time like 19:00.");
    }
}
