using LiteDB;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Reminders;

/// <summary>The reminders and weekly-notice collections; deleted with the chat on /xoadulieu and at retention.</summary>
internal sealed class ReminderStore : IChatDataOwner
{
    public static ILiteCollection<StoredReminder> Reminders(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var collection = db.Database.GetCollection<StoredReminder>("reminders");
        collection.EnsureIndex(r => r.ChatKey);
        return collection;
    }

    public static ILiteCollection<WeeklySubscription> Weekly(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.GetCollection<WeeklySubscription>("weekly_notices");
    }

    public void DeleteChat(BotDatabase db, string chatKey)
    {
        Reminders(db).DeleteMany(r => r.ChatKey == chatKey);
        Weekly(db).Delete(chatKey);
    }
}
