using System.Reflection;
using LiteDB;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;

namespace OneStop.Bot.Tests.Storage;

/// <summary>
/// LiteDB's page cache stays small on a file many times its size (issue 15: it was the largest part of the bot's
/// heap), and everything written is still read back. Real LiteDB file.
/// </summary>
public sealed class PageCacheSizeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reading_a_file_of_2000_pages_keeps_at_most_a_few_hundred_in_memory()
    {
        using var db = new BotDatabase(_folder.File("bot.db"));
        var rows = db.Database.GetCollection("rows");
        var text = new string('x', 1500);
        for (var batch = 0; batch < 100; batch++)
        {
            // Batches the size of the bot's own, so no single transaction needs more pages than a burst does.
            db.InTransaction(() =>
            {
                for (var i = 0; i < 100; i++)
                {
                    rows.Insert(new BsonDocument { ["_id"] = (batch * 100) + i + 1, ["text"] = text });
                }
            });
        }

        // Every row read back, twice, in an order that leaves no page hot.
        for (var round = 0; round < 2; round++)
        {
            for (var id = 1; id <= 10_000; id++)
            {
                Assert.Equal(text, rows.FindById((id * 7919 % 10_000) + 1)["text"].AsString);
            }
        }

        var fileBytes = new[] { db.Path, Path.ChangeExtension(db.Path, null) + "-log.db" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        Assert.True(fileBytes > 2_000 * 8192L, $"the file is {fileBytes} bytes: too small to test the cache");
        // LiteDB's own sizes would have reached 1,662 pages here; ours stop after 362 and grow by 200 at a time.
        Assert.InRange(CachedPages(db), 1, 800);
    }

    /// <summary>LiteDB's own count of the pages its cache has allocated (MemoryCache.ExtendPages, internal).</summary>
    private static int CachedPages(BotDatabase db)
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        var engine = typeof(ReopeningEngine).GetField("_engine", Instance)!.GetValue(db.Engine)!;
        var disk = engine.GetType().GetField("_disk", Instance)!.GetValue(engine)!;
        var cache = disk.GetType().GetField("_cache", Instance)!.GetValue(disk)!;
        return (int)cache.GetType().GetProperty("ExtendPages", Instance)!.GetValue(cache)!;
    }
}
