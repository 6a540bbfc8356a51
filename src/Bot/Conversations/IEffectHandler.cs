using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Conversations;

/// <summary>
/// Applies one kind of effect a feature asked for (subscribe, set a reminder, store a survey answer).
/// It adds writes to the batch, so they commit in the same transaction as the session that asked for them.
/// </summary>
internal interface IEffectHandler
{
    bool Handles(ConversationEffect effect);

    void Apply(ConversationEffect effect, ChatAddress chat, TurnBatch batch, DateTime nowUtc);
}
