using LiteDB;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Reminders;

/// <summary>The reminders and weekly-notice collections; deleted with the chat on /xoadulieu and at retention.</summary>
internal sealed class ReminderStore : IChatDataOwner
{
    public const string RemindersCollection = "reminders";

    public const string WeeklyCollection = "weekly_notices";

    public static ILiteCollection<StoredReminder> Reminders(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var collection = db.Database.GetCollection<StoredReminder>(RemindersCollection);
        collection.EnsureIndex(r => r.ChatKey);
        return collection;
    }

    public static ILiteCollection<WeeklySubscription> Weekly(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.GetCollection<WeeklySubscription>(WeeklyCollection);
    }

    /// <summary>
    /// Creates both collections before any thread reads them: LiteDB 5.0.21 can fail and close the file when one
    /// thread reads a collection another is creating (upstream #2792).
    /// </summary>
    public static void Prepare(BotDatabase db)
    {
        Reminders(db);
        Weekly(db).EnsureIndex(w => w.LastAnnounced);
    }

    public void DeleteChat(BotDatabase db, string chatKey)
    {
        Reminders(db).DeleteMany(r => r.ChatKey == chatKey);
        Weekly(db).Delete(chatKey);
    }
}
