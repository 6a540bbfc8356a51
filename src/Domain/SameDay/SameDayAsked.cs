using System.Globalization;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.SameDay;

/// <summary>
/// The same-day day a citizen just asked about, in the session for half an hour: "thứ 4 ngày 9 có làm không" then
/// "nhắc em trước 1 ngày nha" means that Wednesday. Only a date is kept, and it goes with the session.
/// </summary>
public static class SameDayAsked
{
    /// <summary>How many same-day days ahead a question may name and still be remembered (the reminder offers as many).</summary>
    public const int Horizon = 4;

    private const string Key = "day.asked";
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(30);

    public static void Remember(ConversationTurn turn, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Session.Data[Key] = $"{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}@{turn.Now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The day asked about in the last half hour, or null.</summary>
    public static DateOnly? Recent(ConversationTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.Session.Data.TryGetValue(Key, out var value) || value.Split('@') is not [var day, var at]
            || !DateOnly.TryParseExact(day, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || !DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when))
        {
            return null;
        }

        return turn.Now - when <= Fresh && turn.Now >= when ? parsed : null;
    }
}
