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

    public BotDatabase(string path)
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

        Database = new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, CreateMapper())
        {
            // Dates are stored and read as UTC; the commune's zone is applied at the edge.
            UtcDate = true,
        };
        Sessions = Database.GetCollection<Session>("sessions");
        Chats = Database.GetCollection<ChatRecord>("chats");
        Outbox = Database.GetCollection<OutboxMessage>("outbox", BsonAutoId.Int64);
        Processed = Database.GetCollection<ProcessedUpdate>("processed");
        Outbox.EnsureIndex(m => m.ChatKey);
        Processed.EnsureIndex(p => p.AtUtc);
        Chats.EnsureIndex(c => c.LastSeenUtc);
        Path = full;
    }

    public string Path { get; }

    public LiteDatabase Database { get; }

    public ILiteCollection<Session> Sessions { get; }

    public ILiteCollection<ChatRecord> Chats { get; }

    public ILiteCollection<OutboxMessage> Outbox { get; }

    public ILiteCollection<ProcessedUpdate> Processed { get; }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction. Transactions belong to the OS thread in LiteDB,
    /// so <paramref name="work"/> must be synchronous: never await inside it.
    /// One transaction at a time: LiteDB locks each collection a transaction writes until it commits, so two
    /// transactions writing the same collections in another order (a batch: chats then outbox; a blocked
    /// chat: outbox then chats) would wait for each other for LiteDB's whole lock timeout, a minute.
    /// </summary>
    public void InTransaction(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_writer)
        {
            Database.BeginTrans();
            try
            {
                work();
                Database.Commit();
            }
            catch
            {
                Database.Rollback();
                throw;
            }
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
        mapper.Entity<Session>().Id(s => s.Id).Ignore(s => s.IsNew);
        mapper.Entity<OutboxMessage>().Id(m => m.Id, autoId: true).Ignore(m => m.Chat);
        return mapper;
    }
}
