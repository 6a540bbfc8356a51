using LiteDB;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Closures;

/// <summary>
/// A closure remembers whose reminders it moved (to move them back if it is cancelled): /xoadulieu and the retention
/// period forget the chat there too.
/// </summary>
internal sealed class ClosureChatData : IChatDataOwner
{
    public void DeleteChat(BotDatabase db, string chatKey)
    {
        ArgumentNullException.ThrowIfNull(db);
        var closures = db.Database.GetCollection<StoredClosure>(ClosureStore.Collection);
        foreach (var closure in closures.FindAll().Where(c => c.Moved.Exists(m => m.ChatKey == chatKey)).ToList())
        {
            closure.Moved.RemoveAll(m => m.ChatKey == chatKey);
            closures.Update(closure);
        }
    }
}
