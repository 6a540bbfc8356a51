using System.Globalization;
using OneStop.Bot.Reminders;
using OneStop.Bot.Storage;
using OneStop.Domain.Notices;

namespace OneStop.Bot.Notices;

/// <summary>
/// The chats an audience stands for, counted for the preview and read a page at a time, in key order, for the
/// outbox: subscribers (everyone, some areas, a procedure), or the chats holding a reminder for one day.
/// </summary>
internal sealed class Recipients
{
    private const string DayFormat = "yyyyMMdd";

    private readonly BotDatabase _db;

    public Recipients(BotDatabase db)
    {
        _db = db ?? throw new ArgumentNullException(nameof(db));
        // Read here, written by conversations: make sure it exists before threads race (LiteDB upstream #2792).
        ReminderStore.Reminders(db);
    }

    public static string DayKey(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static bool TryDay(string? key, out DateOnly day) =>
        DateOnly.TryParseExact(key, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public int Count(Audience audience) => Matching(audience, "").Count();

    /// <summary>Chat keys after <paramref name="afterKey"/> (ordinal order), at most <paramref name="limit"/>.</summary>
    public List<string> Page(Audience audience, string afterKey, int limit) => Matching(audience, afterKey).Take(limit).ToList();

    /// <summary>Days from <paramref name="from"/> on that someone asked to be reminded of, soonest first.</summary>
    public IReadOnlyList<DateOnly> ReminderDays(DateOnly from, int limit)
    {
        var first = DayKey(from);
        return ReminderStore.Reminders(_db).Query()
            .Where("Day >= @0", first)
            .Select(r => r.Day)
            .ToEnumerable()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Take(limit)
            .Select(key => TryDay(key, out var day) ? day : from)
            .ToList();
    }

    private IEnumerable<string> Matching(Audience audience, string afterKey)
    {
        if (audience.OfSubscribers)
        {
            // The _id index gives key order; the audience test runs on each subscriber as it is read.
            return SubscriberStore.Collection(_db).Query()
                .Where("_id > @0", afterKey)
                .OrderBy(s => s.Id)
                .ToEnumerable()
                .Where(s => audience.Includes(s.Area, s.Procedures))
                .Select(s => s.Id);
        }

        if (audience.Day is not { } day)
        {
            return [];
        }

        // A few hundred reminders at most for one day: read them all and order by chat key here.
        var key = DayKey(day);
        return ReminderStore.Reminders(_db).Find(r => r.Day == key)
            .Select(r => r.ChatKey)
            .Where(chat => string.CompareOrdinal(chat, afterKey) > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
    }
}
