using OneStop.Bot.Storage;

using OneStop.Bot.Delivery;

namespace OneStop.Bot.Notices;

/// <summary>
/// The broadcast rows the lane holds in memory: a page read from the outbox, and those waiting for a retry or for a
/// busy chat. Every row held is remembered until its fate is recorded, so a later page never brings it twice.
/// Memory stays at about a page whatever the audience.
/// </summary>
internal sealed class BroadcastQueue(BroadcastOutbox outbox, SendGate gate, TimeProvider time)
{
    private const int PageSize = 256;

    private readonly Queue<OutboxMessage> _ready = new();
    private readonly List<(OutboxMessage Message, DateTimeOffset Due)> _later = [];
    private readonly HashSet<long> _held = [];
    private readonly Lock _gate = new();
    private long _after;

    /// <summary>Rows in memory (read, waiting or on the wire).</summary>
    public int Held
    {
        get
        {
            lock (_gate)
            {
                return _held.Count;
            }
        }
    }

    /// <summary>
    /// The next row to send: a retry or a once-busy chat that is due, else the next row of the page. Null when there
    /// is none now; <paramref name="nextDue"/> then says when a waiting one is due.
    /// </summary>
    public OutboxMessage? Next(out DateTimeOffset? nextDue)
    {
        nextDue = null;
        var now = time.GetUtcNow();
        lock (_gate)
        {
            for (var i = 0; i < _later.Count; i++)
            {
                var (waiting, due) = _later[i];
                if (due <= now && gate.IsQuiet(waiting.ChatKey, out _))
                {
                    _later.RemoveAt(i);
                    return waiting;
                }

                nextDue = nextDue is null || due < nextDue ? due : nextDue;
            }
        }

        for (var refills = 0; refills < 2; refills++)
        {
            while (_ready.TryDequeue(out var message))
            {
                if (gate.IsQuiet(message.ChatKey, out var wait))
                {
                    return message;
                }

                // A reply is on its way to this chat, or it just got a message: one a second per chat.
                Defer(message, wait);
                nextDue = nextDue is null || now + wait < nextDue ? now + wait : nextDue;
            }

            Refill();
        }

        return null;
    }

    /// <summary>Tries the row again after <paramref name="wait"/> (a retry, a paused lane, a busy chat).</summary>
    public void Defer(OutboxMessage message, TimeSpan wait)
    {
        lock (_gate)
        {
            _later.Add((message, time.GetUtcNow() + wait));
        }
    }

    /// <summary>Forgets rows that are gone from the outbox: a later page may not bring them again.</summary>
    public void Release(IEnumerable<long> ids)
    {
        lock (_gate)
        {
            _held.ExceptWith(ids);
        }
    }

    private void Refill()
    {
        var page = outbox.Page(_after, PageSize);
        lock (_gate)
        {
            foreach (var message in page)
            {
                _after = Math.Max(_after, message.Id);
                if (_held.Add(message.Id))
                {
                    _ready.Enqueue(message);
                }
            }
        }

        if (page.Count == 0)
        {
            // At the end: the next look starts again from the first row, skipping those in hand, so a row
            // committed out of id order (or left by a failed receipt) is never stranded.
            _after = 0;
        }
    }
}
