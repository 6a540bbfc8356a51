using System.Linq.Expressions;
using LiteDB;

namespace OneStop.Bot.Storage;

/// <summary>
/// A LiteDB collection keyed by string, with the documents of its most recently used ids kept in memory.
/// A lookup by id through LiteDB's query engine costs about 100 µs; a burst of messages asks for the same few
/// thousand sessions and chats again and again, so they are answered from here. Every write goes through this
/// class, so the cache cannot drift from the file:
/// <list type="bullet">
/// <item>every write runs in a transaction (its own, when none is open) and reaches the cache only when that
/// commits: a rollback leaves the cache as the file is, and until then the write is visible only to the thread
/// writing it, as in LiteDB;</item>
/// <item>each read returns a new object, so a caller that changes an object and then fails to save it
/// changes nothing here;</item>
/// <item>a read that missed the cache does not store what it read if a write committed meanwhile.</item>
/// </list>
/// Queries other than by id go to LiteDB and see the committed file.
/// </summary>
internal sealed class CachedCollection<T> : ITransactionParticipant
    where T : class
{
    private readonly ILiteCollection<T> _typed;
    private readonly ILiteCollection<BsonDocument> _documents;
    private readonly BsonMapper _mapper;
    private readonly TransactionJournal _journal;
    private readonly Action<Action> _inTransaction;
    private readonly Func<T, string> _id;
    private readonly RecentDocuments _recent;
    private readonly Dictionary<string, BsonDocument?> _pending = new(RecentDocuments.IdComparer);
    private readonly Lock _gate = new();
    private long _version;

    /// <param name="inTransaction">Runs a write in a transaction of its own (<see cref="BotDatabase.InTransaction"/>).</param>
    public CachedCollection(
        LiteDatabase database, string name, BsonMapper mapper, TransactionJournal journal, Action<Action> inTransaction, Func<T, string> id, int capacity)
    {
        _typed = database.GetCollection<T>(name);
        _documents = database.GetCollection(name);
        _mapper = mapper;
        _journal = journal;
        _inTransaction = inTransaction;
        _id = id;
        _recent = new RecentDocuments(capacity);
    }

    public void EnsureIndex<TKey>(Expression<Func<T, TKey>> field) => _typed.EnsureIndex(field);

    public T? FindById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        long version;
        lock (_gate)
        {
            if (_journal.IsOpenOnThisThread && _pending.TryGetValue(id, out var written))
            {
                return ToObject(written);
            }

            if (_recent.TryGet(id, out var cached))
            {
                return cached is null ? null : _mapper.ToObject<T>(BsonSerializer.Deserialize(cached, utcDate: true));
            }

            version = _version;
        }

        var document = _documents.FindById(id);
        var packed = Pack(document);
        lock (_gate)
        {
            if (version == _version)
            {
                _recent.Set(id, packed);
            }
        }

        return ToObject(document);
    }

    public IEnumerable<T> Find(Expression<Func<T, bool>> predicate) => _typed.Find(predicate);

    public void Upsert(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var document = _mapper.ToDocument(entity);
        Write(_id(entity), () =>
        {
            _documents.Upsert(document);
            return document;
        });
    }

    /// <summary>False, and nothing written, when no document has the entity's id.</summary>
    public bool Update(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var document = _mapper.ToDocument(entity);
        return Write(_id(entity), () => _documents.Update(document) ? document : null) is not null;
    }

    public bool Delete(string id)
    {
        var deleted = false;
        Write(id, () =>
        {
            deleted = _documents.Delete(id);
            return null;
        });
        return deleted;
    }

    void ITransactionParticipant.Committed()
    {
        lock (_gate)
        {
            foreach (var (id, document) in _pending)
            {
                _recent.Set(id, Pack(document));
            }

            _pending.Clear();
            _version++;
        }
    }

    void ITransactionParticipant.RolledBack()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>Runs a write that returns the document now stored under <paramref name="id"/> (null: none), and records it.</summary>
    private BsonDocument? Write(string id, Func<BsonDocument?> write)
    {
        if (!_journal.IsOpenOnThisThread)
        {
            // Writers are serialised by the transaction, so two writes of one id cannot reach the cache out of order.
            BsonDocument? result = null;
            _inTransaction(() => result = Write(id, write));
            return result;
        }

        var written = write();
        lock (_gate)
        {
            _pending[id] = written;
        }

        _journal.Enlist(this);
        return written;
    }

    /// <summary>The bytes the cache keeps (the file's own encoding, so a read from the cache is a read from the file).</summary>
    private static byte[]? Pack(BsonDocument? document) => document is null ? null : BsonSerializer.Serialize(document);

    private T? ToObject(BsonDocument? document) => document is null ? null : _mapper.ToObject<T>(document);
}
