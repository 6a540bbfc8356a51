using LiteDB;

namespace OneStop.Bot.Storage;

/// <summary>
/// Webhook events, durable before the channel is answered: <see cref="TryAdd"/> commits the raw body (a kill -9 after
/// the 200 loses nothing), the processor reads <see cref="Pending"/> in arrival order, and the conversation commit
/// marks them handled in its own transaction (see <see cref="ConversationStore.Commit"/>), so each is handled once.
/// </summary>
internal sealed class InboundEventStore
{
    private readonly BotDatabase _db;
    private readonly ILiteCollection<InboundEvent> _events;
    private readonly Lock _gate = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<PendingEvent> _queue = new();
    private int _writing;
    private long _seq;

    public InboundEventStore(BotDatabase db)
    {
        _db = db;
        _events = db.Database.GetCollection<InboundEvent>(InboundEvent.Collection);
        _events.EnsureIndex(e => e.Handled);
        _events.EnsureIndex(e => e.Seq);
        _seq = _events.Count() == 0 ? 0 : _events.Max(e => e.Seq);
    }

    /// <summary>
    /// Stores an event, committed together with the others that arrive meanwhile (a group commit: under a burst, one
    /// transaction per few milliseconds instead of one per event); false when one with the same key was stored before.
    /// </summary>
    public Task<bool> AddAsync(string key, string channel, string raw, DateTime nowUtc)
    {
        var pending = new PendingEvent(new InboundEvent { Id = key, Channel = channel, Raw = raw, ReceivedUtc = nowUtc });
        _queue.Enqueue(pending);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            _ = Task.Run(WriteQueued);
        }

        return pending.Stored.Task;
    }

    private void WriteQueued()
    {
        while (true)
        {
            var batch = new List<PendingEvent>();
            while (batch.Count < 1000 && _queue.TryDequeue(out var next))
            {
                batch.Add(next);
            }

            if (batch.Count > 0)
            {
                Commit(batch);
                continue;
            }

            Volatile.Write(ref _writing, 0);
            // An event queued after the last look and before the flag dropped starts no writer of its own: take it here.
            if (_queue.IsEmpty || Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
            {
                return;
            }
        }
    }

    private void Commit(List<PendingEvent> batch)
    {
        var added = new bool[batch.Count];
        try
        {
            lock (_gate)
            {
                _db.InTransaction(() =>
                {
                    var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        var stored = batch[i].Event;
                        if (!keys.Add(stored.Id) || _events.FindById(stored.Id) is not null)
                        {
                            continue;
                        }

                        stored.Seq = ++_seq;
                        _events.Insert(stored);
                        added[i] = true;
                    }
                });
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Nothing of the batch is stored: each webhook call answers 500 and the channel delivers again.
            foreach (var pending in batch)
            {
                pending.Stored.TrySetException(ex);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Stored.TrySetResult(added[i]);
        }
    }

    /// <summary>Stores one event at once; false when one with the same key was stored before (a redelivery).</summary>
    public bool TryAdd(string key, string channel, string raw, DateTime nowUtc)
    {
        var added = false;
        lock (_gate)
        {
            _db.InTransaction(() =>
            {
                if (_events.FindById(key) is not null)
                {
                    return;
                }

                _events.Insert(new InboundEvent { Id = key, Seq = ++_seq, Channel = channel, Raw = raw, ReceivedUtc = nowUtc });
                added = true;
            });
        }

        return added;
    }

    /// <summary>Events of <paramref name="channel"/> not handled yet, oldest first.</summary>
    public IReadOnlyList<InboundEvent> Pending(string channel, int max) =>
        _events.Query().Where(e => !e.Handled && e.Channel == channel).OrderBy(e => e.Seq).Limit(max).ToList();

    public bool IsHandled(string key) => _events.FindById(key) is { Handled: true };

    /// <summary>Inside the conversation commit's transaction.</summary>
    public void MarkHandled(string key, DateTime nowUtc)
    {
        var stored = _events.FindById(key) ?? new InboundEvent { Id = key, ReceivedUtc = nowUtc };
        stored.Handled = true;
        stored.Raw = "";
        _events.Upsert(stored);
    }

    /// <summary>Forgets handled events received before <paramref name="beforeUtc"/>: no redelivery comes that late.</summary>
    public int Expire(DateTime beforeUtc) => _events.DeleteMany(e => e.Handled && e.ReceivedUtc < beforeUtc);

    private sealed record PendingEvent(InboundEvent Event)
    {
        public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
