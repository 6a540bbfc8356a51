using System.Collections.Frozen;

namespace OneStop.FakeBotApi;

/// <summary>
/// Updates waiting for getUpdates, with Telegram's confirmation rule: a call with offset N forgets every
/// update below N for good; the others come again on every call until confirmed. Updates are kept after
/// confirmation so that <see cref="Redeliver"/> can bring them back.
/// </summary>
internal sealed class UpdateQueue
{
    // Telegram leaves these out unless allowed_updates names them.
    private static readonly FrozenSet<string> NotSentByDefault = ["chat_member", "message_reaction", "message_reaction_count"];

    private static readonly ApiFault TerminatedByOtherPoll = new(409, null,
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

    private static readonly ApiFault WebhookIsActive = new(409, null,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");

    private static readonly Comparer<QueuedUpdate> ById = Comparer<QueuedUpdate>.Create((a, b) => a.Id.CompareTo(b.Id));

    private readonly Lock _gate = new();
    private readonly List<QueuedUpdate> _updates = []; // sorted by id
    private readonly ChangeSignal _changed = new();
    private long _nextId = 1;
    private long _pendingFrom = 1;
    private long _lastConfirmedOffset;
    private long _pollGeneration;
    private FrozenSet<string>? _allowed;
    private string? _webhookUrl;

    // Written under the lock; a volatile read is enough for a single value.
    public long LastConfirmedOffset => Volatile.Read(ref _lastConfirmedOffset);

    public string? WebhookUrl => Volatile.Read(ref _webhookUrl);

    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _updates.Count - FirstPendingIndex();
            }
        }
    }

    /// <summary>Allocates the next id, builds the update with it and queues it, atomically, so ids arrive in order.</summary>
    public long Enqueue(string type, Func<long, string> buildJson)
    {
        long id;
        lock (_gate)
        {
            id = _nextId++;
            Insert(new QueuedUpdate(id, type, buildJson(id)));
        }

        _changed.Notify();
        return id;
    }

    public long EnqueueWithId(long id, string type, string json)
    {
        lock (_gate)
        {
            if (_updates.BinarySearch(new QueuedUpdate(id, "", ""), ById) >= 0)
            {
                throw new ArgumentException($"An update with update_id {id} is already queued.", nameof(id));
            }

            _nextId = Math.Max(_nextId, id + 1);
            Insert(new QueuedUpdate(id, type, json));
        }

        _changed.Notify();
        return id;
    }

    public void Redeliver(long fromUpdateId)
    {
        lock (_gate)
        {
            _pendingFrom = Math.Min(_pendingFrom, Math.Max(1, fromUpdateId));
        }

        _changed.Notify();
    }

    public void SetWebhook(string? url, bool dropPending)
    {
        lock (_gate)
        {
            _webhookUrl = string.IsNullOrEmpty(url) ? null : url;
            if (dropPending)
            {
                _pendingFrom = _nextId;
            }
        }
    }

    /// <summary>
    /// The start of a getUpdates call: confirms <paramref name="offset"/> and makes this the current poll.
    /// A newer call ends an older held one with 409, as Telegram does when two bot instances poll.
    /// </summary>
    public ApiFault? BeginPoll(long? offset, FrozenSet<string>? allowedUpdates, out long generation)
    {
        lock (_gate)
        {
            generation = 0;
            if (_webhookUrl is not null)
            {
                return WebhookIsActive;
            }

            if (allowedUpdates is not null)
            {
                _allowed = allowedUpdates.Count == 0 ? null : allowedUpdates;
            }

            Confirm(offset);
            generation = ++_pollGeneration;
        }

        _changed.Notify();
        return null;
    }

    /// <summary>Answers at once with what is pending, or holds until an update arrives or <paramref name="hold"/> passes.</summary>
    public async Task<(IReadOnlyList<string>? Updates, ApiFault? Fault)> HoldAsync(
        long generation, int limit, TimeSpan hold, CancellationToken cancellationToken)
    {
        using var holding = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task? expired = null;
        try
        {
            while (true)
            {
                var changed = _changed.NextAsync();
                lock (_gate)
                {
                    if (generation != _pollGeneration)
                    {
                        return (null, TerminatedByOtherPoll);
                    }

                    var pending = CollectPending(limit);
                    if (pending.Count > 0 || hold <= TimeSpan.Zero || expired is { IsCompleted: true })
                    {
                        return (pending, null);
                    }
                }

                // Real time on purpose (see FakeServerOptions.MaxLongPoll); a cancelled request ends it too.
                expired ??= Task.Delay(hold, holding.Token);
                await Task.WhenAny(changed, expired);
            }
        }
        finally
        {
            await holding.CancelAsync();
        }
    }

    private void Confirm(long? offset)
    {
        if (offset is > 0)
        {
            _pendingFrom = Math.Max(_pendingFrom, offset.Value);
            _lastConfirmedOffset = Math.Max(_lastConfirmedOffset, offset.Value);
        }
        else if (offset is < 0)
        {
            // A negative offset keeps only the last -offset updates and forgets the rest.
            var keep = -offset.Value;
            if (_updates.Count - FirstPendingIndex() > keep)
            {
                _pendingFrom = _updates[(int)(_updates.Count - keep)].Id;
            }
        }
    }

    private List<string> CollectPending(int limit)
    {
        var pending = new List<string>();
        for (var i = FirstPendingIndex(); i < _updates.Count && pending.Count < limit; i++)
        {
            var update = _updates[i];
            var allowed = _allowed is null ? !NotSentByDefault.Contains(update.Type) : _allowed.Contains(update.Type);
            if (allowed)
            {
                pending.Add(update.Json);
            }
        }

        return pending;
    }

    private int FirstPendingIndex()
    {
        var index = _updates.BinarySearch(new QueuedUpdate(_pendingFrom, "", ""), ById);
        return index >= 0 ? index : ~index;
    }

    private void Insert(QueuedUpdate update)
    {
        if (_updates.Count == 0 || _updates[^1].Id < update.Id)
        {
            _updates.Add(update);
            return;
        }

        var index = _updates.BinarySearch(update, ById);
        _updates.Insert(index >= 0 ? index : ~index, update);
    }

    private readonly record struct QueuedUpdate(long Id, string Type, string Json);
}
