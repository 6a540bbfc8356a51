using OneStop.Domain.Conversation;

namespace OneStop.Bot.Storage;

/// <summary>Sessions, chats and how far each channel was handled: read from memory where possible, committed per batch.</summary>
internal sealed class ConversationStore(BotDatabase db, IEnumerable<IChatDataOwner> owners, InboundEventStore? events = null)
{
    private readonly InboundEventStore _events = events ?? new InboundEventStore(db);

    /// <summary>
    /// A chat's last-seen time is rewritten only when it is older than this: it serves the retention period,
    /// counted in days, and rewriting it on every message would double the writes of a busy chat.
    /// </summary>
    public static readonly TimeSpan LastSeenPrecision = TimeSpan.FromHours(1);

    private readonly IReadOnlyList<IChatDataOwner> _owners = owners.ToList();

    public Session? FindSession(string chatKey) => db.Sessions.FindById(chatKey);

    public ChatRecord? FindChat(string chatKey) => db.Chats.FindById(chatKey);

    /// <summary>The last update of <paramref name="channel"/> whose effects are committed; null before the first.</summary>
    public ChannelPosition? Position(string channel) => db.Positions.FindById(channel);

    /// <summary>True when the webhook event with this key was handled already.</summary>
    public bool IsHandledEvent(string key) => _events.IsHandled(key);

    /// <summary>Runs <paramref name="work"/> and the batches it commits in one transaction (see <see cref="BotDatabase.InTransaction"/>).</summary>
    public void InTransaction(Action work) => db.InTransaction(work);

    /// <summary>Writes a batch atomically: deletions first, then sessions, feature writes, chats, channel positions and messages.</summary>
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

            foreach (var (channel, last) in batch.Positions)
            {
                db.Positions.Upsert(new ChannelPosition { Id = channel, Last = last, AtUtc = nowUtc });
            }

            foreach (var key in batch.HandledEvents)
            {
                _events.MarkHandled(key, nowUtc);
            }

            foreach (var message in batch.Outbox)
            {
                db.Outbox.Insert(message);
            }
        });
    }

    /// <summary>Everything stored about a chat goes.</summary>
    public void DeleteChatData(string chatKey)
    {
        db.Sessions.Delete(chatKey);
        db.Chats.Delete(chatKey);
        db.Outbox.DeleteMany(m => m.ChatKey == chatKey);
        var slots = chatKey + "|";
        db.Slots.DeleteMany(s => s.Id.StartsWith(slots));
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

    /// <summary>Deletes chats silent for longer than the retention period.</summary>
    public int Expire(DateTime chatsSilentSinceUtc)
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
        });
        return all.Count;
    }

    private void Touch(string chatKey, bool? reachable, DateTime nowUtc)
    {
        var chat = db.Chats.FindById(chatKey);
        if (chat is not null && chat.Reachable == (reachable ?? true) && nowUtc - chat.LastSeenUtc < LastSeenPrecision)
        {
            return;
        }

        chat ??= new ChatRecord
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
