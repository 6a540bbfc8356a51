namespace OneStop.Domain.Conversation;

/// <summary>
/// The topic the bot does not cover that it has just answered ("làm giấy khai sinh cho cháu"), so that a follow-up
/// ("hết hạn chưa") is read about it. Only the topic's id is kept, for half an hour.
/// </summary>
internal static class TopicAsked
{
    private const string Key = "topic.asked";

    /// <summary>A topic asked now is what the next message is about, not the procedure asked before it.</summary>
    public static void Remember(ConversationTurn turn, string topicId)
    {
        ShortMemory.Remember(turn, Key, topicId);
        ProcedureAsked.Forget(turn);
    }

    public static void Forget(ConversationTurn turn) => ShortMemory.Forget(turn, Key);

    public static string? Recent(ConversationTurn turn) => ShortMemory.Recent(turn, Key);
}
