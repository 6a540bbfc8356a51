using System.Collections.ObjectModel;

namespace OneStop.FakeBotApi;

/// <summary>
/// A list that only grows, with O(1) snapshots: a slot is never written twice and growing copies to a
/// new array, so (array, count) taken under the lock stays a true snapshot. Tests wait on these lists
/// while the benchmark appends thousands a second, so copying on every read would be quadratic.
/// </summary>
internal sealed class AppendOnlyList<T>
{
    private readonly Lock _gate = new();
    private T[] _items = new T[64];
    private int _count;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    public void Add(T item)
    {
        lock (_gate)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, _count * 2);
            }

            _items[_count++] = item;
        }
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return new ReadOnlyCollection<T>(new ArraySegment<T>(_items, 0, _count));
        }
    }
}
