using OneStop.Bot.Conversations;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;
using OneStop.Domain.Reminders;

namespace OneStop.Bot.Reminders;

/// <summary>Stores what the citizen asked for, in the same transaction as the conversation that asked.</summary>
internal sealed class ReminderEffectHandler : IEffectHandler
{
    public bool Handles(ConversationEffect effect) => effect is ReminderSet or ReminderCancelled or WeeklyNoticeChanged;

    public void Apply(ConversationEffect effect, ChatAddress chat, TurnBatch batch, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var chatKey = chat.Key;
        switch (effect)
        {
            case ReminderSet set:
                var day = ReminderList.Format(set.Day);
                batch.Writes.Add(db => ReminderStore.Reminders(db).Upsert(new StoredReminder
                {
                    Id = StoredReminder.Key(chatKey, day),
                    ChatKey = chatKey,
                    Day = day,
                    ProcedureId = set.ProcedureId,
                }));
                break;
            case ReminderCancelled cancelled:
                batch.Writes.Add(db => ReminderStore.Reminders(db).Delete(StoredReminder.Key(chatKey, ReminderList.Format(cancelled.Day))));
                break;
            case WeeklyNoticeChanged { On: true }:
                batch.Writes.Add(db => ReminderStore.Weekly(db).Upsert(new WeeklySubscription { Id = chatKey }));
                break;
            case WeeklyNoticeChanged:
                batch.Writes.Add(db => ReminderStore.Weekly(db).Delete(chatKey));
                break;
        }
    }
}
