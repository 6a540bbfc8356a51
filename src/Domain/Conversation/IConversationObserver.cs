namespace OneStop.Domain.Conversation;

/// <summary>
/// Optional for an <see cref="IConversationFeature"/>: sees every turn once the engine has answered it, including
/// turns the feature does not own (a procedure card shown, "/huy", the citizen blocking the bot). The notices
/// feature uses it to stop notices on "/huy" and on a block, and to note which procedures a subscriber asked about.
/// It may add replies (after the engine's) and effects; it must not move the conversation.
/// </summary>
public interface IConversationObserver
{
    void Observe(ConversationTurn turn);
}
