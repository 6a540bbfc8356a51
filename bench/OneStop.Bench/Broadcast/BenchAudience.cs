using OneStop.Bot.Notices;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;

namespace OneStop.Bench.Broadcast;

/// <summary>Subscribers written straight into a new LiteDB file, as if each had typed /dangky: the list and each session's mirror.</summary>
internal static class BenchAudience
{
    public const long FirstChat = 10_000_000;

    public static long[] Seed(string databasePath, int count, DateTime nowUtc)
    {
        var chats = Enumerable.Range(0, count).Select(i => FirstChat + i).ToArray();
        using var db = new BotDatabase(databasePath);
        foreach (var batch in chats.Chunk(5_000))
        {
            db.InTransaction(() =>
            {
                foreach (var chat in batch)
                {
                    var key = new ChatAddress("telegram", chat.ToString(System.Globalization.CultureInfo.InvariantCulture)).Key;
                    var session = new Session { Id = key, State = "menu", CreatedUtc = nowUtc, UpdatedUtc = nowUtc };
                    NoticeSubscription.Set(session, null);
                    db.Sessions.Upsert(session);
                    SubscriberStore.Subscribe(db, key, null, [], nowUtc);
                }
            });
        }

        return chats;
    }

    public static bool Contains(long chatId, int count) => chatId >= FirstChat && chatId < FirstChat + count;
}
