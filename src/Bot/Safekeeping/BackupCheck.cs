using LiteDB;

namespace OneStop.Bot.Safekeeping;

/// <summary>
/// Whether a file is a whole LiteDB database: it opens read-only, and every collection reads to its end with as many
/// documents as its _id index counts. A torn or truncated copy fails here instead of on the day it is needed.
/// </summary>
internal static class BackupCheck
{
    private const int PageSize = 8192;

    /// <summary>The documents per collection; throws <see cref="InvalidDataException"/> saying what is wrong.</summary>
    public static IReadOnlyDictionary<string, long> Verify(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path} does not exist.");
        }

        // LiteDB's file is whole 8 KB pages; anything else is not one (and LiteDB would take a tiny file for a new database).
        var length = new FileInfo(path).Length;
        if (length < PageSize || length % PageSize != 0)
        {
            throw new InvalidDataException($"{path} is not a LiteDB database: its size ({length} bytes) is not a whole number of 8 KB pages.");
        }

        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var name in db.GetCollectionNames())
            {
                var documents = db.GetCollection(name);
                long read = 0;
                foreach (var document in documents.FindAll())
                {
                    read += document.Count > 0 ? 1 : 0;
                }

                var indexed = documents.LongCount();
                if (read != indexed)
                {
                    throw new InvalidDataException($"{path}: collection {name} has {read} documents but its index counts {indexed}.");
                }

                counts[name] = read;
            }

            return counts;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not InvalidDataException)
        {
            // Whatever LiteDB throws reading it, the file is no backup to rely on.
            throw new InvalidDataException($"{path} is not a readable OneStop database: {ex.Message}", ex);
        }
    }

    public static string Describe(IReadOnlyDictionary<string, long> counts) =>
        $"{counts.Count} collections, {counts.Values.Sum()} documents";
}
