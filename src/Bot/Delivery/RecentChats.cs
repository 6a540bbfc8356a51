using System.Collections.Concurrent;

namespace OneStop.Bot.Delivery;

/// <summary>
/// When each chat was last sent to, so a broadcast message keeps Telegram's "about one a second in one chat"
/// after a reply or another notice. Old entries are dropped as the map grows: a broadcast touches every subscriber.
/// </summary>
internal sealed class RecentChats(TimeProvider time, TimeSpan interval)
{
    private const int PruneAbove = 4096;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSent = new(StringComparer.Ordinal);

    public void Touch(string chatKey)
    {
        var now = time.GetUtcNow();
        _lastSent[chatKey] = now;
        if (_lastSent.Count > PruneAbove)
        {
            foreach (var (key, at) in _lastSent)
            {
                if (now - at >= interval)
                {
                    _lastSent.TryRemove(key, out _);
                }
            }
        }
    }

    /// <summary>True when the chat may get a broadcast message now; otherwise how long to wait.</summary>
    public bool IsQuiet(string chatKey, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        if (!_lastSent.TryGetValue(chatKey, out var at))
        {
            return true;
        }

        wait = at + interval - time.GetUtcNow();
        return wait <= TimeSpan.Zero;
    }
}
