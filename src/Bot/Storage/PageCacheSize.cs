using System.Reflection;
using LiteDB.Engine;

namespace OneStop.Bot.Storage;

/// <summary>
/// How much of the file LiteDB keeps in memory. LiteDB 5.0.21 grows its page cache in segments of 12, 50, 100, 500
/// and then 1,000 pages of 8 KB, never gives a segment back, and has no setting for it: on the bot's file the cache
/// reached 1,662 pages (13 MB) within the first 500 chats and 2,662 (21 MB) later, the largest single part of the
/// bot's heap (issue 15). The sizes live in an internal array that every engine reads when it opens, so it is
/// replaced here, before the bot's engine opens. With segments of at most 200 pages the cache settles near
/// 400–600 pages (3–5 MB): the pages a batch of replies touches (index tops, the newest data pages) stay, and a
/// miss is a read of the operating system's own cache of the file, a few microseconds.
/// </summary>
internal static class PageCacheSize
{
    /// <summary>Pages per segment, in the order LiteDB allocates them; the last repeats.</summary>
    public static readonly IReadOnlyList<int> Segments = [12, 50, 100, 200];

    private const string Owner = "LiteDB.Constants";
    private const string Field = "MEMORY_SEGMENT_SIZES";

    /// <summary>Sets the segment sizes for every LiteDB engine opened from now on in this process.</summary>
    public static void Apply()
    {
        var field = typeof(LiteEngine).Assembly.GetType(Owner)?.GetField(Field, BindingFlags.Public | BindingFlags.Static);
        if (field is null || field.FieldType != typeof(int[]) || field.IsInitOnly)
        {
            // Only an upgrade of LiteDB gets here, and the storage tests fail with this message first.
            throw new InvalidOperationException(
                $"This LiteDB ({typeof(LiteEngine).Assembly.GetName().Version}) has no {Owner}.{Field}: see PageCacheSize.cs for what it sized, and size LiteDB's page cache another way.");
        }

        field.SetValue(null, Segments.ToArray());
    }
}
