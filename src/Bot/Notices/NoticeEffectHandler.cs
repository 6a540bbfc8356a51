using OneStop.Bot.Conversations;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;

namespace OneStop.Bot.Notices;

/// <summary>Applies the notices feature's effects to the subscriber list, in the transaction of the turn that asked.</summary>
internal sealed class NoticeEffectHandler : IEffectHandler
{
    public bool Handles(ConversationEffect effect) => effect is SubscribeToNotices or StopNotices or NoteNoticeInterest;

    public void Apply(ConversationEffect effect, ChatAddress chat, TurnBatch batch, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var chatKey = chat.Key;
        switch (effect)
        {
            case SubscribeToNotices subscribe:
                batch.Writes.Add(db => SubscriberStore.Subscribe(db, chatKey, subscribe.Area, subscribe.Procedures, nowUtc));
                break;
            case StopNotices:
                // Also takes the chat's queued notices out of the outbox: nothing more reaches them, even mid-broadcast.
                batch.Writes.Add(db => SubscriberStore.Forget(db, chatKey));
                break;
            case NoteNoticeInterest interest:
                batch.Writes.Add(db => SubscriberStore.NoteInterest(db, chatKey, interest.ProcedureId));
                break;
        }
    }
}
