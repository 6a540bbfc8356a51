using System.Globalization;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.SameDay;

/// <summary>
/// The same-day day a citizen just asked about: "thứ 4 ngày 9 có làm không" then "nhắc em trước 1 ngày nha" means
/// that Wednesday. Only a date is kept, for half an hour.
/// </summary>
internal static class SameDayAsked
{
    /// <summary>How many same-day days ahead a question may name and still be remembered (the reminder offers as many).</summary>
    public const int Horizon = 4;

    private const string Key = "day.asked";
    private const string Format = "yyyyMMdd";

    public static void Remember(ConversationTurn turn, DateOnly day) =>
        ShortMemory.Remember(turn, Key, day.ToString(Format, CultureInfo.InvariantCulture));

    /// <summary>The day asked about in the last half hour, or null.</summary>
    public static DateOnly? Recent(ConversationTurn turn) =>
        ShortMemory.Recent(turn, Key) is { } day && DateOnly.TryParseExact(day, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;
}
