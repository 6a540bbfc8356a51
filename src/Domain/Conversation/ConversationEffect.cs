namespace OneStop.Domain.Conversation;

/// <summary>Something the engine asks the edges to do besides replying; applied in the same transaction as the session.</summary>
public abstract record ConversationEffect
{
    /// <summary>The citizen asked to forget them: delete everything stored about the chat.</summary>
    public sealed record DeleteChatData : ConversationEffect;

    /// <summary>The person blocked (false) or unblocked (true) the bot.</summary>
    public sealed record SetReachable(bool Reachable) : ConversationEffect;
}
