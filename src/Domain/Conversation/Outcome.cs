namespace OneStop.Domain.Conversation;

public sealed record Outcome(IReadOnlyList<Reply> Replies, IReadOnlyList<ConversationEffect> Effects)
{
    public static readonly Outcome Nothing = new([], []);
}
