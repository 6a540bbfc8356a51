namespace OneStop.FakeBotApi;

/// <summary>Faults a test has asked for: failed or dropped getUpdates, failed sends, chats that blocked the bot.</summary>
internal sealed class FaultPlan
{
    private readonly Lock _gate = new();
    private readonly Queue<FaultRun> _getUpdates = new();
    private readonly Queue<FaultRun> _sends = new();
    private readonly HashSet<long> _blockedChats = [];
    private readonly Dictionary<long, Queue<FaultRun>> _chatSends = [];

    public void AddGetUpdatesFault(ApiFault fault, int count) => Add(_getUpdates, fault, count);

    /// <param name="after">Sends let through before the fault starts.</param>
    public void AddSendFault(ApiFault fault, int count, int after = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        lock (_gate)
        {
            if (after > 0)
            {
                _sends.Enqueue(new FaultRun(null) { Remaining = after });
            }

            Add(_sends, fault, count);
        }
    }

    public ApiFault? TakeGetUpdatesFault() => Take(_getUpdates);

    /// <summary>Faults for sends to one chat only, so a test knows which message meets them whatever else is on the wire.</summary>
    public void AddChatSendFault(long chatId, ApiFault fault, int count)
    {
        lock (_gate)
        {
            if (!_chatSends.TryGetValue(chatId, out var queue))
            {
                _chatSends[chatId] = queue = new Queue<FaultRun>();
            }

            Add(queue, fault, count);
        }
    }

    /// <summary>The fault for this send: one aimed at its chat first, then one for any chat.</summary>
    public ApiFault? TakeSendFault(long chatId)
    {
        lock (_gate)
        {
            return _chatSends.TryGetValue(chatId, out var queue) && Take(queue) is { } aimed ? aimed : Take(_sends);
        }
    }

    public void SetBlocked(long chatId, bool blocked)
    {
        lock (_gate)
        {
            if (blocked)
            {
                _blockedChats.Add(chatId);
            }
            else
            {
                _blockedChats.Remove(chatId);
            }
        }
    }

    public bool IsBlocked(long chatId)
    {
        lock (_gate)
        {
            return _blockedChats.Contains(chatId);
        }
    }

    private void Add(Queue<FaultRun> queue, ApiFault fault, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return;
        }

        lock (_gate)
        {
            queue.Enqueue(new FaultRun(fault) { Remaining = count });
        }
    }

    private ApiFault? Take(Queue<FaultRun> queue)
    {
        lock (_gate)
        {
            if (!queue.TryPeek(out var run))
            {
                return null;
            }

            if (--run.Remaining == 0)
            {
                queue.Dequeue();
            }

            return run.Fault;
        }
    }

    /// <summary>A run of calls that get <see cref="Fault"/>; null lets them through.</summary>
    private sealed class FaultRun(ApiFault? fault)
    {
        public ApiFault? Fault { get; } = fault;

        public int Remaining { get; set; }
    }
}
