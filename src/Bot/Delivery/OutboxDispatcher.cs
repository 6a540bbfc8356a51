using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Observability;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Delivery;

/// <summary>
/// Sends what the outbox holds: in order within a chat, many chats at once, retrying server errors with backoff,
/// waiting out 429s, and dropping a chat that blocked the bot. A message leaves the outbox only once the channel
/// accepted it, so a restart resumes where the last one stopped. Notices go by the broadcast lane; both ask the
/// <see cref="SendGate"/> for their turn: replies never wait for notices, and a broadcast yields to people chatting.
/// </summary>
internal sealed class OutboxDispatcher : BackgroundService
{
    private readonly OutboxStore _store;
    private readonly Dictionary<string, IChannelSender> _senders;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _log;
    private readonly ChatLanes _lanes;
    private readonly SendGate _gate;
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _waiters = new();
    private readonly ConcurrentDictionary<long, byte> _known = new();
    private readonly OutboxAcknowledgements _acks;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abandon = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ReplySender _sender;
    private int _drains;
    private readonly BotMetrics _metrics;
    private readonly ChatPseudonym _names;

    public OutboxDispatcher(
        OutboxStore store,
        ChatLanes lanes,
        SendGate gate,
        IEnumerable<IChannelSender> senders,
        IOptions<DeliveryOptions> options,
        TimeProvider time,
        ILogger<OutboxDispatcher> log,
        BotMetrics metrics,
        ChatPseudonym names,
        IEnumerable<IDeliveryReceipt>? receipts = null)
    {
        (_metrics, _names) = (metrics, names);
        _store = store;
        (_lanes, _gate) = (lanes, gate);
        _senders = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);
        _options = options.Value;
        _time = time;
        _log = log;
        _slots = new SemaphoreSlim(_options.MaxConcurrentChats);
        _acks = new OutboxAcknowledgements(store, log);
        _sender = new ReplySender(store, gate, receipts?.ToList() ?? [], log);
    }

    /// <summary>Messages waiting in memory, for the benchmark and for tests.</summary>
    public int InFlight => _known.Count;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // What a previous run committed but did not send goes first, before any new message.
        // Broadcast messages are left to the broadcast lane, which pages them in.
        var pending = _store.Pending().Where(m => m.Kind != OutboxKind.Broadcast).ToList();
        if (pending.Count > 0)
        {
            _log.LogInformation("Resuming {Count} unsent message(s) from the outbox", pending.Count);
        }

        Enqueue(pending);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // No new sends; a send on the wire finishes, so that what Telegram received is acknowledged before the last
        // flush and not sent again after the restart. Past the host's shutdown timeout, sends in flight give up.
        await _stopping.CancelAsync();
        if (Volatile.Read(ref _drains) > 0)
        {
            try
            {
                await _drained.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                await _abandon.CancelAsync();
            }
        }

        await base.StopAsync(cancellationToken);
    }

    /// <summary>Queues committed messages; returns at once.</summary>
    public void Enqueue(IEnumerable<OutboxMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            if (message.Kind == OutboxKind.Broadcast || !_known.TryAdd(message.Id, 0))
            {
                continue;
            }

            var lane = _lanes.Add(message);
            if (lane is not null)
            {
                Interlocked.Increment(ref _drains);
                _ = Task.Run(() => DrainAsync(lane));
            }
        }
    }

    /// <summary>Queues messages and completes when each was sent or given up on (the terminal chat waits for its replies).</summary>
    public Task DeliverAsync(IReadOnlyList<OutboxMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var waits = messages.Select(m => _waiters.GetOrAdd(m.Id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task).ToList();
        Enqueue(messages);
        return Task.WhenAll(waits);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => _acks.RunAsync(stoppingToken);

    private async Task DrainAsync(ChatLane lane)
    {
        try
        {
            await DrainLaneAsync(lane);
        }
        finally
        {
            if (Interlocked.Decrement(ref _drains) == 0 && _stopping.IsCancellationRequested)
            {
                _drained.TrySetResult();
            }
        }
    }

    private async Task DrainLaneAsync(ChatLane lane)
    {
        var token = _stopping.Token;
        var failures = 0;
        while (!token.IsCancellationRequested)
        {
            try
            {
                while (!token.IsCancellationRequested && lane.Next() is { } message)
                {
                    await SendOneAsync(lane, message, token);
                    failures = 0;
                }

                // Empty: the lane has retired (or stopping left it whole); forget it so lanes do not pile up per chat.
                _lanes.Forget(lane);
                return;
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Stopping; unsent messages stay in the outbox for the next start.
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The lane stays ours: give up on it and the chat would hear nothing more until a restart.
                failures++;
                _log.LogError(ex, "Sending to {Chat} failed unexpectedly ({Failures} in a row); trying again after a pause", _names.Of(lane.ChatKey), failures);
                try
                {
                    await Task.Delay(Backoff(failures), _time, token);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private async Task SendOneAsync(ChatLane lane, OutboxMessage message, CancellationToken token)
    {
        if (!_senders.TryGetValue(message.Chat.Channel, out var sender))
        {
            _log.LogWarning("No '{Channel}' channel is running; dropping message {Id}", message.Chat.Channel, message.Id);
            Finish(lane, message);
            return;
        }

        if (message.Kind == OutboxKind.Reminder)
        {
            // Reminders are bulk traffic too (hundreds go out at 19:00): they keep Telegram's pace like a
            // broadcast, but from the reply lanes, so they never queue behind one.
            await _gate.TakeBulkTurnAsync(token);
        }

        await _slots.WaitAsync(token);
        _gate.BeginSend();
        TimeSpan wait;
        try
        {
            var result = await _sender.SendAsync(sender, message, _abandon.Token);
            wait = Handle(lane, message, result);
        }
        finally
        {
            _gate.EndSend();
            _slots.Release();
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, token);
        }
    }

    /// <summary>Acts on a send's outcome; returns how long the lane waits before its next try.</summary>
    private TimeSpan Handle(ChatLane lane, OutboxMessage message, SendResult result)
    {
        if (result is { Rest: { } rest, Outcome: SendOutcome.RetryAfter or SendOutcome.Transient })
        {
            // The first parts of a long reply went out: the retry sends only the rest.
            message.Text = rest.Text;
            _store.RecordAttempt(message);
        }

        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                _metrics.Delivered(message, _time.GetUtcNow());
                _sender.Receipt(message, result);
                Finish(lane, message);
                break;
            case SendOutcome.RetryAfter:
                _log.LogWarning("Channel asked to wait {Delay} before sending to {Chat}", result.RetryAfter, _names.Of(lane.ChatKey));
                // Telegram is telling the whole bot to slow down: broadcasts wait too.
                _gate.Pause(result.RetryAfter);
                return result.RetryAfter;
            case SendOutcome.Unreachable:
                _log.LogInformation("{Chat} blocked the bot or is gone; dropping its queue", _names.Of(lane.ChatKey));
                _store.DropChat(lane.ChatKey);
                foreach (var dropped in lane.Clear())
                {
                    Complete(dropped);
                }

                break;
            case SendOutcome.Rejected:
                _log.LogError("Message {Id} to {Chat} was refused: {Reason}", message.Id, _names.Of(lane.ChatKey), result.Reason);
                Finish(lane, message);
                break;
            default:
                message.Attempts++;
                if (message.Attempts >= _options.MaxAttempts)
                {
                    _log.LogError("Giving up on message {Id} to {Chat} after {Attempts} tries: {Reason}", message.Id, _names.Of(lane.ChatKey), message.Attempts, result.Reason);
                    Finish(lane, message);
                    break;
                }

                _store.RecordAttempt(message);
                return Backoff(message.Attempts);
        }

        return TimeSpan.Zero;
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = _options.FirstRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        return delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;
    }

    private void Finish(ChatLane lane, OutboxMessage message)
    {
        lane.Remove(message);
        _acks.Add(message.Id);
        Complete(message);
    }

    private void Complete(OutboxMessage message)
    {
        _known.TryRemove(message.Id, out _);
        if (_waiters.TryRemove(message.Id, out var waiter))
        {
            waiter.TrySetResult();
        }
    }

    public override void Dispose()
    {
        _stopping.Dispose();
        _abandon.Dispose();
        _slots.Dispose();
        base.Dispose();
    }
}
