namespace OneStop.Domain.Conversation;

/// <summary>Settings of the conversation that are policy, not content.</summary>
public sealed record ConversationOptions(int RetentionDays)
{
    /// <summary>Characters of one message that are read for matching; the rest of a huge paste is ignored.</summary>
    public const int MaxReadLength = 1000;
}
