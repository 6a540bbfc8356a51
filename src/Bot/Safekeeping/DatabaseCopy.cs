using LiteDB;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Safekeeping;

/// <summary>
/// A consistent copy of the running bot's database into a new LiteDB file, while answers go on. Between two batch commits
/// (see <see cref="BotDatabase.BetweenBatches"/>) a read transaction takes a snapshot of every collection: that takes
/// milliseconds, then batches commit again while the snapshots are copied. LiteDB's snapshots are versions of its
/// write-ahead log, so the copy holds exactly the batches committed before it began, and no later half of one.
/// The copy is made on a thread of its own: LiteDB ties a transaction to its thread.
/// </summary>
internal static class DatabaseCopy
{
    private const int Chunk = 1000;

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/> (replaced if there), checks the copy, and returns its counts.</summary>
    public static Task<IReadOnlyDictionary<string, long>> WriteAsync(BotDatabase source, string target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var done = new TaskCompletionSource<IReadOnlyDictionary<string, long>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.SetResult(Write(source, target));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                done.SetException(ex);
            }
        })
        { IsBackground = true, Name = "OneStop backup" };
        thread.Start();
        return done.Task;
    }

    private static IReadOnlyDictionary<string, long> Write(BotDatabase source, string target)
    {
        var full = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        Delete(partial);
        var db = source.Database;
        var expected = new Dictionary<string, long>(StringComparer.Ordinal);
        db.BeginTrans();
        try
        {
            var names = new List<string>();
            source.BetweenBatches(() =>
            {
                names.AddRange(db.GetCollectionNames());
                foreach (var name in names)
                {
                    // The first read in a transaction fixes the collection's snapshot until the transaction ends;
                    // reading one document is enough, and keeps the pause of commits short.
                    _ = db.GetCollection(name).Query().Limit(1).FirstOrDefault();
                }
            });

            foreach (var name in names)
            {
                expected[name] = db.GetCollection(name).LongCount();
            }

            using (var copy = new LiteDatabase(new ConnectionString { Filename = partial, Connection = ConnectionType.Direct }))
            {
                copy.UtcDate = true;
                var indexes = db.GetCollection("$indexes").FindAll().ToList();
                foreach (var name in names)
                {
                    CopyCollection(db, copy, name, indexes.Where(i => i["collection"].AsString == name));
                }

                copy.Checkpoint();
            }
        }
        finally
        {
            db.Rollback();
        }

        var counts = BackupCheck.Verify(partial);
        foreach (var (name, count) in expected)
        {
            if (counts.GetValueOrDefault(name) != count)
            {
                throw new InvalidDataException($"The copy of {name} holds {counts.GetValueOrDefault(name)} documents instead of {count}.");
            }
        }

        File.Move(partial, full, overwrite: true);
        return counts;
    }

    private static void CopyCollection(LiteDatabase from, LiteDatabase to, string name, IEnumerable<BsonDocument> indexes)
    {
        var target = to.GetCollection(name);
        foreach (var index in indexes.Where(i => i["name"].AsString != "_id"))
        {
            target.EnsureIndex(index["name"].AsString, BsonExpression.Create(index["expression"].AsString), index["unique"].AsBoolean);
        }

        var chunk = new List<BsonDocument>(Chunk);
        foreach (var document in from.GetCollection(name).FindAll())
        {
            chunk.Add(document);
            if (chunk.Count == Chunk)
            {
                Insert(to, target, chunk);
            }
        }

        Insert(to, target, chunk);
    }

    private static void Insert(LiteDatabase to, ILiteCollection<BsonDocument> target, List<BsonDocument> chunk)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        to.BeginTrans();
        target.Insert(chunk);
        to.Commit();
        chunk.Clear();
    }

    private static void Delete(string path)
    {
        File.Delete(path);
        File.Delete(Path.ChangeExtension(path, null) + "-log" + Path.GetExtension(path));
    }
}
