using System.Globalization;

namespace OneStop.Domain.Conversation;

/// <summary>
/// What the last message was about, kept in the session for half an hour so that a short follow-up is read against it
/// ("hết hạn chưa" after a topic, "nhắc em nha" after a Wednesday asked about). One value per key, stored with the
/// time it was said; it goes with the session (/xoadulieu, retention).
/// </summary>
internal static class ShortMemory
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(30);

    public static void Remember(ConversationTurn turn, string key, string value) =>
        turn.Session.Data[key] = $"{value}@{turn.Now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}";

    public static void Forget(ConversationTurn turn, string key) => turn.Session.Data.Remove(key);

    /// <summary>The value said in the last half hour under this key, or null.</summary>
    public static string? Recent(ConversationTurn turn, string key)
    {
        if (!turn.Session.Data.TryGetValue(key, out var stored) || stored.Split('@') is not [var value, var at]
            || !DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when))
        {
            return null;
        }

        return turn.Now >= when && turn.Now - when <= Fresh ? value : null;
    }
}
