using OneStop.Bot.Storage;

namespace OneStop.Bot.Delivery;

/// <summary>
/// One chat's queue of messages: sent one at a time, in order, by at most one drain task. A lane that runs empty
/// retires (takes no more messages), so <see cref="ChatLanes"/> can forget it without two lanes of one chat draining at once.
/// </summary>
internal sealed class ChatLane(string chatKey)
{
    private readonly Queue<OutboxMessage> _queue = new();
    private readonly Lock _gate = new();
    private bool _draining;
    private bool _retired;

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

    /// <summary>
    /// Adds a message; false when the lane has retired (the caller takes a new lane). <paramref name="startDrain"/>
    /// is true when the caller must start draining the lane.
    /// </summary>
    public bool TryAdd(OutboxMessage message, out bool startDrain)
    {
        lock (_gate)
        {
            startDrain = false;
            if (_retired)
            {
                return false;
            }

            _queue.Enqueue(message);
            if (!_draining)
            {
                _draining = startDrain = true;
            }

            return true;
        }
    }

    /// <summary>The next message, or null when it is empty: the lane then stops draining and retires.</summary>
    public OutboxMessage? Next()
    {
        lock (_gate)
        {
            if (_queue.TryPeek(out var message))
            {
                return message;
            }

            _draining = false;
            _retired = true;
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
