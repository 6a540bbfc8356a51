using LiteDB;
using LiteDB.Engine;

namespace OneStop.Bot.Storage;

/// <summary>
/// The LiteDB engine of the bot's file, opened again after it failed. LiteDB 5.0.21 closes its engine for good on any
/// IOException (a full disk, a failed write: EngineState.Handle), and every later call throws; the collections the stores
/// hold keep pointing at this object, so once the disk has room again the next call finds a fresh engine and the bot
/// goes on by itself. Opening replays the write-ahead log, so every committed transaction is there. A transaction begun on
/// the engine that failed ends there: its thread's later calls fail rather than write, one by one, to the new engine.
/// </summary>
internal sealed class ReopeningEngine : ILiteEngine
{
    // A failing disk is not asked again more often than this.
    private static readonly TimeSpan ReopenEvery = TimeSpan.FromSeconds(1);

    private readonly EngineSettings _settings;
    private readonly IWriteFault? _fault;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly ThreadLocal<LiteEngine?> _transaction = new();
    private LiteEngine? _engine;
    private DateTimeOffset? _brokenAt;

    public ReopeningEngine(string path, IWriteFault? fault, TimeProvider time)
    {
        _settings = new EngineSettings { Filename = path };
        _fault = fault;
        _time = time;
        PageCacheSize.Apply();
        _engine = new LiteEngine(_settings);
    }

    /// <summary>How many times the engine was opened again after a failure.</summary>
    public int Reopened { get; private set; }

    public int Checkpoint() => Write(null, e => e.Checkpoint());

    public long Rebuild(RebuildOptions options) => Write(null, e => e.Rebuild(options));

    public bool BeginTrans()
    {
        var begun = Read(e => e.BeginTrans() ? e : null);
        _transaction.Value ??= begun;
        return begun is not null;
    }

    public bool Commit()
    {
        try
        {
            return Write(null, e => e.Commit());
        }
        finally
        {
            _transaction.Value = null;
        }
    }

    /// <summary>Reaches the engine the transaction was begun on, so its locks are let go; a closed one has none.</summary>
    public bool Rollback()
    {
        var begun = _transaction.Value;
        _transaction.Value = null;
        try
        {
            return begun?.Rollback() ?? false;
        }
        catch (Exception ex) when (ex is LiteException or ObjectDisposedException or IOException)
        {
            return false;
        }
    }

    public IBsonDataReader Query(string collection, Query query) => Read(e => e.Query(collection, query));

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Write(collection, e => e.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Write(collection, e => e.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Write(collection, e => e.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Write(collection, e => e.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Write(collection, e => e.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Write(collection, e => e.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Write(name, e => e.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Write(name, e => e.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Write(collection, e => e.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Write(collection, e => e.DropIndex(collection, name));

    public BsonValue Pragma(string name) => Read(e => e.Pragma(name));

    public bool Pragma(string name, BsonValue value) => Write(null, e => e.Pragma(name, value));

    public void Dispose()
    {
        lock (_gate)
        {
            _engine?.Dispose();
            _engine = null;
            _brokenAt = null;
        }

        _transaction.Dispose();
    }

    private T Write<T>(string? collection, Func<LiteEngine, T> call)
    {
        if (_fault?.Next(collection) is { } fault)
        {
            // What LiteDB does with a failed write: the engine is closed, and opened again later.
            Broke(_engine);
            throw fault;
        }

        return Read(call);
    }

    private T Read<T>(Func<LiteEngine, T> call)
    {
        var engine = Current();
        try
        {
            return call(engine);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException || (ex is LiteException lite && lite.ErrorCode == LiteException.INVALID_DATAFILE_STATE))
        {
            Broke(engine);
            throw;
        }
        catch (LiteException ex) when (StorageErrorText.Redact(ex.Message) is var redacted && redacted != ex.Message)
        {
            // Without the original as its inner exception: its text is what must not reach the log.
            throw new LiteException(ex.ErrorCode, redacted);
        }
    }

    private LiteEngine Current()
    {
        lock (_gate)
        {
            if (_transaction.Value is { } begun && begun != _engine)
            {
                throw new IOException("The database failed during this transaction; it is rolled back.");
            }

            if (_engine is not null)
            {
                return _engine;
            }

            ObjectDisposedException.ThrowIf(_brokenAt is null, this);
            if (_time.GetUtcNow() - _brokenAt < ReopenEvery)
            {
                throw new IOException("The database file could not be written a moment ago; it is opened again shortly.");
            }

            _brokenAt = _time.GetUtcNow();
            _engine = new LiteEngine(_settings);
            _brokenAt = null;
            Reopened++;
            return _engine;
        }
    }

    private void Broke(LiteEngine? failed)
    {
        lock (_gate)
        {
            if (failed is null || failed != _engine)
            {
                return;
            }

            try
            {
                failed.Dispose();
            }
            catch (Exception ex) when (ex is LiteException or IOException or ObjectDisposedException)
            {
                // It is being thrown away because it failed.
            }

            _engine = null;
            _brokenAt = _time.GetUtcNow();
        }
    }
}
