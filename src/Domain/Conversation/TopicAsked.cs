using System.Globalization;

namespace OneStop.Domain.Conversation;

/// <summary>
/// The topic the bot does not cover that it has just answered ("làm giấy khai sinh cho cháu"), in the session for half
/// an hour, so that a follow-up ("hết hạn chưa") is read about it. Only the topic's id is kept.
/// </summary>
internal static class TopicAsked
{
    private const string Key = "topic.asked";
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(30);

    public static void Remember(ConversationTurn turn, string topicId) =>
        turn.Session.Data[Key] = $"{topicId}@{turn.Now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}";

    public static void Forget(ConversationTurn turn) => turn.Session.Data.Remove(Key);

    public static string? Recent(ConversationTurn turn)
    {
        if (!turn.Session.Data.TryGetValue(Key, out var value) || value.Split('@') is not [var topic, var at]
            || !DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when))
        {
            return null;
        }

        return turn.Now >= when && turn.Now - when <= Fresh ? topic : null;
    }
}
