using LiteDB;
using OneStop.Bot.Storage;
using OneStop.Domain.Notices;

namespace OneStop.Bot.Notices;

/// <summary>
/// The "subscribers" collection. Writes take the database as an argument because they run inside someone else's
/// transaction (a conversation batch, a chat being dropped), never one of their own.
/// </summary>
internal sealed class SubscriberStore : IChatDataOwner
{
    public const string CollectionName = "subscribers";

    private readonly BotDatabase _db;

    public SubscriberStore(BotDatabase db)
    {
        _db = db ?? throw new ArgumentNullException(nameof(db));
        // Created now, single-threaded: LiteDB 5.0.21 fails when a collection is read while being created (upstream #2792).
        Collection(db).EnsureIndex("_id");
    }

    public static ILiteCollection<Subscriber> Collection(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.GetCollection<Subscriber>(CollectionName);
    }

    public static void Subscribe(BotDatabase db, string chatKey, string? area, IEnumerable<string> procedures, DateTime nowUtc)
    {
        var subscribers = Collection(db);
        var subscriber = subscribers.FindById(chatKey) ?? new Subscriber { Id = chatKey, SinceUtc = nowUtc };
        subscriber.Area = area;
        subscriber.Procedures = subscriber.Procedures.Union(procedures, StringComparer.Ordinal).ToList();
        subscribers.Upsert(subscriber);
    }

    public static void NoteInterest(BotDatabase db, string chatKey, string procedureId)
    {
        var subscribers = Collection(db);
        if (subscribers.FindById(chatKey) is { } subscriber && !subscriber.Procedures.Contains(procedureId, StringComparer.Ordinal))
        {
            subscriber.Procedures.Add(procedureId);
            subscribers.Update(subscriber);
        }
    }

    /// <summary>
    /// Unsubscribes a chat at once: its record, any broadcast message still queued for it (the lane checks before
    /// each send), and the session's mirror of the subscription (a 403 changes it behind the conversation's back).
    /// </summary>
    public static void Forget(BotDatabase db, string chatKey)
    {
        ArgumentNullException.ThrowIfNull(db);
        Collection(db).Delete(chatKey);
        db.Outbox.DeleteMany(m => m.ChatKey == chatKey && m.Kind == OutboxKind.Broadcast);
        if (db.Sessions.FindById(chatKey) is { } session && NoticeSubscription.IsOn(session))
        {
            NoticeSubscription.Clear(session);
            db.Sessions.Update(session);
        }
    }

    public Subscriber? Find(string chatKey) => Collection(_db).FindById(chatKey);

    void IChatDataOwner.DeleteChat(BotDatabase database, string chatKey) => Collection(database).Delete(chatKey);
}
