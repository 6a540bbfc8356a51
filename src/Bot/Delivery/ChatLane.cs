using OneStop.Bot.Storage;

namespace OneStop.Bot.Delivery;

/// <summary>One chat's queue of messages: sent one at a time, in order, by at most one drain task.</summary>
internal sealed class ChatLane(string chatKey)
{
    private readonly Queue<OutboxMessage> _queue = new();
    private readonly Lock _gate = new();
    private bool _draining;

    public string ChatKey { get; } = chatKey;

    /// <summary>Nothing waiting: a broadcast message may go to this chat without delaying a reply.</summary>
    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count == 0;
            }
        }
    }

    /// <summary>Adds a message; true when the caller must start draining the lane.</summary>
    public bool Add(OutboxMessage message)
    {
        lock (_gate)
        {
            _queue.Enqueue(message);
            if (_draining)
            {
                return false;
            }

            _draining = true;
            return true;
        }
    }

    /// <summary>The next message, or null (and the lane stops draining) when it is empty.</summary>
    public OutboxMessage? Next()
    {
        lock (_gate)
        {
            if (_queue.TryPeek(out var message))
            {
                return message;
            }

            _draining = false;
            return null;
        }
    }

    public void Remove(OutboxMessage message)
    {
        lock (_gate)
        {
            if (_queue.TryPeek(out var head) && ReferenceEquals(head, message))
            {
                _queue.Dequeue();
            }
        }
    }

    public List<OutboxMessage> Clear()
    {
        lock (_gate)
        {
            var all = _queue.ToList();
            _queue.Clear();
            return all;
        }
    }
}
