using LiteDB;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Notices;

/// <summary>
/// The "broadcasts" collection. Status changes are compare-and-set under one lock: the official cancelling and
/// the runner starting the same broadcast cannot both win.
/// </summary>
internal sealed class BroadcastStore
{
    public const string Collection = "broadcasts";

    private readonly BotDatabase _db;
    private readonly Lock _gate = new();
    private HashSet<string>? _awaiting;

    public BroadcastStore(BotDatabase db)
    {
        _db = db ?? throw new ArgumentNullException(nameof(db));
        All = db.Database.GetCollection<Broadcast>(Collection, BsonAutoId.Int64);
        All.EnsureIndex(b => b.Status);
    }

    public ILiteCollection<Broadcast> All { get; }

    public BotDatabase Database => _db;

    public Broadcast? Find(long id) => All.FindById(id);

    /// <summary>The official's draft in progress, if any.</summary>
    public Broadcast? DraftOf(string authorId) =>
        All.Find(b => b.Status == BroadcastStatus.Draft && b.AuthorId == authorId).OrderByDescending(b => b.Id).FirstOrDefault();

    public IReadOnlyList<Broadcast> WithStatus(BroadcastStatus status) => All.Find(b => b.Status == status).ToList();

    /// <summary>True while this official's next message is the notice's text or its time. Asked for every message the bot gets, so kept in memory.</summary>
    public bool IsAwaiting(string authorId)
    {
        lock (_gate)
        {
            _awaiting ??= All.Find(b => b.Status == BroadcastStatus.Draft)
                .Where(b => b.Stage is DraftStage.Text or DraftStage.Time)
                .Select(b => b.AuthorId)
                .ToHashSet(StringComparer.Ordinal);
            return _awaiting.Contains(authorId);
        }
    }

    public Broadcast Create(string authorId, ChatAddress chat, DateTime nowUtc) => Locked(() =>
    {
        // One draft per official: starting again replaces the old one.
        foreach (var old in All.Find(b => b.Status == BroadcastStatus.Draft && b.AuthorId == authorId))
        {
            old.Status = BroadcastStatus.Cancelled;
            All.Update(old);
        }

        var broadcast = new Broadcast
        {
            AuthorId = authorId,
            AuthorChatId = chat.Key,
            Status = BroadcastStatus.Draft,
            Stage = DraftStage.Text,
            CreatedUtc = nowUtc,
        };
        All.Insert(broadcast);
        Remember(broadcast);
        return broadcast;
    });

    /// <summary>Saves a draft's changes if it is still a draft; false when it was confirmed or cancelled meanwhile.</summary>
    public bool SaveDraft(Broadcast draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Locked(() =>
        {
            if (All.FindById(draft.Id) is not { Status: BroadcastStatus.Draft } || draft.Status != BroadcastStatus.Draft)
            {
                return false;
            }

            All.Update(draft);
            Remember(draft);
            return true;
        });
    }

    /// <summary>
    /// Moves a broadcast from one of <paramref name="from"/> and applies <paramref name="change"/>, atomically.
    /// Null when it is in another status (already started, cancelled, approved by someone else).
    /// </summary>
    public Broadcast? Move(long id, BroadcastStatus[] from, Action<Broadcast> change)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(change);
        return Locked<Broadcast?>(() =>
        {
            if (All.FindById(id) is not { } broadcast || !from.Contains(broadcast.Status))
            {
                return null;
            }

            change(broadcast);
            All.Update(broadcast);
            Remember(broadcast);
            return broadcast;
        });
    }

    /// <summary>Progress bookkeeping of a broadcast that is sending (only the runner writes it).</summary>
    public void Update(Broadcast broadcast) => All.Update(broadcast);

    /// <summary>
    /// A status change under this store's lock, in a transaction taken before it: a staff tool holds its transaction
    /// while it calls here, so the runner must take them in the same order. The drafts' memory is forgotten if the
    /// transaction is undone.
    /// </summary>
    private T Locked<T>(Func<T> change)
    {
        T result = default!;
        _db.InTransaction(() =>
        {
            _db.AfterRollback(Forget);
            lock (_gate)
            {
                result = change();
            }
        });
        return result;
    }

    private void Forget()
    {
        lock (_gate)
        {
            _awaiting = null;
        }
    }

    private void Remember(Broadcast broadcast)
    {
        if (_awaiting is null)
        {
            return;
        }

        if (broadcast.Status == BroadcastStatus.Draft && broadcast.Stage is DraftStage.Text or DraftStage.Time)
        {
            _awaiting.Add(broadcast.AuthorId);
        }
        else if (DraftOf(broadcast.AuthorId) is not { Stage: DraftStage.Text or DraftStage.Time })
        {
            _awaiting.Remove(broadcast.AuthorId);
        }
    }
}
