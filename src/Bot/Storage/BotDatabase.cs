using LiteDB;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Storage;

/// <summary>
/// The one LiteDB file of this process, opened in direct mode and shared by all threads. A lock file of
/// our own keeps a second instance off the same file: on Linux LiteDB would let both write (upstream #2163).
/// </summary>
internal sealed class BotDatabase : IDisposable
{
    private readonly FileStream _lock;
    private readonly Lock _writer = new();
    private readonly TransactionJournal _journal = new();
    private const string FirstDocument = "first-document";

    /// <param name="path">The LiteDB file.</param>
    /// <param name="cachedChats">How many sessions, and how many chat records, are kept in memory (see <see cref="CachedCollection{T}"/>).</param>
    /// <param name="fault">Makes writes fail, for tests (see <see cref="IWriteFault"/>).</param>
    /// <param name="time">When a failed file may be opened again (see <see cref="ReopeningEngine"/>).</param>
    public BotDatabase(string path, int cachedChats = StorageOptions.DefaultCachedChats, IWriteFault? fault = null, TimeProvider? time = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        try
        {
            _lock = new FileStream(full + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException($"Another OneStop process is using {full}. Stop it, or set Storage__Path to another file.", ex);
        }

        var mapper = CreateMapper();
        // Direct mode: one engine in this process, opened again after a failed write (see ReopeningEngine).
        Engine = new ReopeningEngine(full, fault, time ?? TimeProvider.System);
        Database = new LiteDatabase(Engine, mapper)
        {
            // Dates are stored and read as UTC; the commune's zone is applied at the edge.
            UtcDate = true,
        };
        Sessions = new CachedCollection<Session>(Database, "sessions", mapper, _journal, InTransaction, s => s.Id, cachedChats);
        Chats = new CachedCollection<ChatRecord>(Database, "chats", mapper, _journal, InTransaction, c => c.Id, cachedChats);
        Outbox = Database.GetCollection<OutboxMessage>("outbox", BsonAutoId.Int64);
        Positions = Database.GetCollection<ChannelPosition>("positions");
        Slots = Database.GetCollection<MessageSlot>(MessageSlot.Collection);
        Outbox.EnsureIndex(m => m.ChatKey);
        Chats.EnsureIndex(c => c.LastSeenUtc);
        Prepare("sessions", "chats", "outbox", "positions", MessageSlot.Collection, InboundEvent.Collection);
        // Before channel positions, each handled update had a record of its own here.
        Database.DropCollection("processed");
        Path = full;
    }

    public string Path { get; }

    public LiteDatabase Database { get; }

    /// <summary>The engine under <see cref="Database"/>, opened again after a failure.</summary>
    public ReopeningEngine Engine { get; }

    public CachedCollection<Session> Sessions { get; }

    public CachedCollection<ChatRecord> Chats { get; }

    public ILiteCollection<OutboxMessage> Outbox { get; }

    /// <summary>How far each channel's updates were handled and committed (see <see cref="ChannelPosition"/>).</summary>
    public ILiteCollection<ChannelPosition> Positions { get; }

    /// <summary>Messages kept up to date in place (see <see cref="MessageSlot"/>).</summary>
    public ILiteCollection<MessageSlot> Slots { get; }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction. Transactions belong to the OS thread in LiteDB,
    /// so <paramref name="work"/> must be synchronous: never await inside it.
    /// One transaction at a time: LiteDB locks each collection a transaction writes until it commits, so two
    /// transactions writing the same collections in another order (a batch: chats then outbox; a blocked
    /// chat: outbox then chats) would wait for each other for LiteDB's whole lock timeout, a minute.
    /// Called again from inside <paramref name="work"/>, it joins the open transaction.
    /// </summary>
    public void InTransaction(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        IReadOnlyList<Action> then;
        lock (_writer)
        {
            if (_journal.IsOpenOnThisThread)
            {
                work();
                return;
            }

            Database.BeginTrans();
            _journal.Open();
            try
            {
                work();
                Database.Commit();
            }
            catch
            {
                Database.Rollback();
                RunAll(_journal.Close(committed: false));
                throw;
            }

            then = _journal.Close(committed: true);
        }

        // Outside the writer's lock: handing messages to the dispatcher takes its own locks, whose holders may be writing.
        RunAll(then);
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the transaction open on this thread commits, or now when none is open: what
    /// other threads act on (a message queued for sending, a runner woken) must not run ahead of the rows it reads.
    /// Dropped if the transaction rolls back.
    /// </summary>
    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        // Only the thread that has it open (and so holds the writer's lock) sees its transaction as open here.
        if (_journal.IsOpenOnThisThread)
        {
            _journal.AfterCommit(action);
            return;
        }

        action();
    }

    /// <summary>Runs <paramref name="action"/> if the transaction open on this thread rolls back (nothing when none is open).</summary>
    public void AfterRollback(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_journal.IsOpenOnThisThread)
        {
            _journal.AfterRollback(action);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> while no transaction of <see cref="InTransaction"/> is open: a backup takes its
    /// snapshots here, so it holds every batch committed before it and none half. Keep it to milliseconds.
    /// </summary>
    public void BetweenBatches(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_writer)
        {
            work();
        }
    }

    /// <summary>
    /// Makes collections safe to share between threads, while only one thread uses the database (at start-up):
    /// each is created, and an empty one gets its first document written and deleted. LiteDB 5.0.21 can fail for
    /// good ("page type must be collection page", then every call throws ObjectDisposedException) when one thread
    /// reads a collection while another creates it (upstream #2792) or writes its very first document: 4 runs in 640
    /// here, with three threads reading while three others wrote in turn; none in 1,000 once the collection had
    /// held a document.
    /// </summary>
    public void Prepare(params string[] collections)
    {
        ArgumentNullException.ThrowIfNull(collections);
        foreach (var name in collections)
        {
            var documents = Database.GetCollection(name);
            documents.EnsureIndex("_id");
            if (documents.Count() == 0)
            {
                documents.Insert(new BsonDocument { ["_id"] = FirstDocument });
                documents.Delete(FirstDocument);
            }
        }
    }

    private static void RunAll(IReadOnlyList<Action> actions)
    {
        foreach (var action in actions)
        {
            action();
        }
    }

    public void Dispose()
    {
        Database.Dispose();
        _lock.Dispose();
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EnumAsInteger = false };
        // A session's values are strings, "" included. LiteDB stores "" as null by default (EmptyStringToNull) and
        // reads back a null the domain's type says cannot be there; sessions stored that way still hold nulls, read as "".
        mapper.RegisterType<Dictionary<string, string>>(
            data =>
            {
                var document = new BsonDocument();
                foreach (var (key, value) in data)
                {
                    document[key] = value;
                }

                return document;
            },
            bson => bson.AsDocument.ToDictionary(p => p.Key, p => p.Value.IsNull ? "" : p.Value.AsString, StringComparer.Ordinal));
        mapper.Entity<Session>().Id(s => s.Id).Ignore(s => s.IsNew);
        mapper.Entity<OutboxMessage>().Id(m => m.Id, autoId: true).Ignore(m => m.Chat).Ignore(m => m.HasExtras);
        return mapper;
    }
}
