using OneStop.Domain.Conversation;

namespace OneStop.Bot.Storage;

/// <summary>Sessions, chats and the de-duplication record: loaded one by one, committed per batch.</summary>
internal sealed class ConversationStore(BotDatabase db, IEnumerable<IChatDataOwner> owners)
{
    private readonly IReadOnlyList<IChatDataOwner> _owners = owners.ToList();

    public Session? FindSession(string chatKey) => db.Sessions.FindById(chatKey);

    public bool WasProcessed(string updateKey) => db.Processed.FindById(updateKey) is not null;

    public ChatRecord? FindChat(string chatKey) => db.Chats.FindById(chatKey);

    /// <summary>The processed marks and the sessions a batch asks about, read in one transaction.</summary>
    public BatchSnapshot Load(IEnumerable<string> updateKeys, IEnumerable<string> chatKeys)
    {
        var processed = new HashSet<string>(StringComparer.Ordinal);
        var sessions = new Dictionary<string, Session?>(StringComparer.Ordinal);
        db.InTransaction(() =>
        {
            foreach (var key in updateKeys.Distinct(StringComparer.Ordinal).Where(key => db.Processed.FindById(key) is not null))
            {
                processed.Add(key);
            }

            foreach (var chatKey in chatKeys.Distinct(StringComparer.Ordinal))
            {
                sessions[chatKey] = db.Sessions.FindById(chatKey);
            }
        });
        return new BatchSnapshot(processed, sessions);
    }

    /// <summary>Writes a batch atomically: deletions first, then sessions, chats, processed ids and messages.</summary>
    public void Commit(TurnBatch batch, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.IsEmpty)
        {
            return;
        }

        db.InTransaction(() =>
        {
            foreach (var chatKey in batch.DeletedChats)
            {
                DeleteChatData(chatKey);
            }

            foreach (var session in batch.Sessions.Values.Where(s => !s.Deleted))
            {
                db.Sessions.Upsert(session);
            }

            foreach (var write in batch.Writes)
            {
                write(db);
            }

            foreach (var (chatKey, reachable) in batch.TouchedChats)
            {
                Touch(chatKey, reachable, nowUtc);
            }

            foreach (var key in batch.ProcessedKeys)
            {
                db.Processed.Upsert(new ProcessedUpdate { Id = key, AtUtc = nowUtc });
            }

            foreach (var message in batch.Outbox)
            {
                db.Outbox.Insert(message);
            }
        });
    }

    /// <summary>Everything stored about a chat goes; the de-duplication ids hold no personal data and stay until they expire.</summary>
    public void DeleteChatData(string chatKey)
    {
        db.Sessions.Delete(chatKey);
        db.Chats.Delete(chatKey);
        db.Outbox.DeleteMany(m => m.ChatKey == chatKey);
        foreach (var owner in _owners)
        {
            owner.DeleteChat(db, chatKey);
        }
    }

    public void SetReachable(string chatKey, bool reachable)
    {
        if (db.Chats.FindById(chatKey) is { } chat && chat.Reachable != reachable)
        {
            chat.Reachable = reachable;
            db.Chats.Update(chat);
        }
    }

    /// <summary>Deletes chats silent for longer than the retention period, and de-duplication ids older than Telegram keeps updates.</summary>
    public int Expire(DateTime chatsSilentSinceUtc, DateTime processedBeforeUtc)
    {
        var expired = db.Chats.Find(c => c.LastSeenUtc < chatsSilentSinceUtc).Select(c => c.Id).ToList();
        var staleSessions = db.Sessions.Find(s => s.UpdatedUtc < chatsSilentSinceUtc).Select(s => s.Id);
        var all = expired.Concat(staleSessions).Distinct(StringComparer.Ordinal).ToList();
        db.InTransaction(() =>
        {
            foreach (var chatKey in all)
            {
                DeleteChatData(chatKey);
            }

            db.Processed.DeleteMany(p => p.AtUtc < processedBeforeUtc);
        });
        return all.Count;
    }

    private void Touch(string chatKey, bool? reachable, DateTime nowUtc)
    {
        var chat = db.Chats.FindById(chatKey) ?? new ChatRecord
        {
            Id = chatKey,
            Channel = ChatAddress.Parse(chatKey).Channel,
            FirstSeenUtc = nowUtc,
        };
        chat.LastSeenUtc = nowUtc;
        chat.Reachable = reachable ?? true;
        db.Chats.Upsert(chat);
    }
}
