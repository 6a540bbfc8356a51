using LiteDB;

namespace OneStop.Bot.Storage;

/// <summary>
/// The documents of the most recently used ids, null for an id known to have none; the least recently used
/// goes when it is full. Not thread-safe: <see cref="CachedCollection{T}"/> locks around it.
/// A document is kept as its BSON bytes: as a <see cref="BsonDocument"/> (a dictionary of boxed values) a session took
/// about 2 KB, and 4,096 sessions and chat records about 16 MB; reading one back from bytes costs a few microseconds.
/// </summary>
internal sealed class RecentDocuments(int capacity)
{
    /// <summary>LiteDB's default collation finds "Telegram:1" under "telegram:1"; so must the cache.</summary>
    public static readonly StringComparer IdComparer = StringComparer.OrdinalIgnoreCase;

    private readonly Dictionary<string, LinkedListNode<(string Id, byte[]? Document)>> _byId = new(IdComparer);
    private readonly LinkedList<(string Id, byte[]? Document)> _order = new();

    public bool TryGet(string id, out byte[]? document)
    {
        if (_byId.TryGetValue(id, out var node))
        {
            _order.Remove(node);
            _order.AddFirst(node);
            document = node.Value.Document;
            return true;
        }

        document = null;
        return false;
    }

    public void Set(string id, byte[]? document)
    {
        if (capacity <= 0)
        {
            return;
        }

        if (_byId.TryGetValue(id, out var node))
        {
            _order.Remove(node);
            node.Value = (id, document);
            _order.AddFirst(node);
            return;
        }

        if (_byId.Count >= capacity && _order.Last is { } oldest)
        {
            _order.RemoveLast();
            _byId.Remove(oldest.Value.Id);
        }

        _byId[id] = _order.AddFirst((id, document));
    }

    public void Remove(string id)
    {
        if (_byId.Remove(id, out var node))
        {
            _order.Remove(node);
        }
    }
}
