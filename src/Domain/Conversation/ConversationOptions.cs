namespace OneStop.Domain.Conversation;

/// <summary>Settings of the conversation that are policy, not content.</summary>
/// <param name="RetentionDays">Days after the last message when a chat's data is deleted (told to citizens).</param>
/// <param name="Zone">The commune's time zone (Asia/Ho_Chi_Minh), looked up by the host: all day reasoning happens in it.</param>
public sealed record ConversationOptions(int RetentionDays, TimeZoneInfo Zone)
{
    /// <summary>Characters of one message that are read for matching; the rest of a huge paste is ignored.</summary>
    public const int MaxReadLength = 1000;
}
