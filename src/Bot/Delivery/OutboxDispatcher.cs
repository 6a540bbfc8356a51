using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Observability;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Delivery;

/// <summary>
/// Sends what the outbox holds: in order within a chat, many chats at once, retrying server errors with
/// backoff, waiting out 429s, and dropping a chat that blocked the bot. A message leaves the outbox only
/// once the channel accepted it, so a restart resumes where the last one stopped.
/// Broadcast messages are not sent here but by <see cref="BroadcastLane"/>, paced by <see cref="Pace"/>: replies
/// never wait for them, and take their place in the pace so a broadcast yields to people who are chatting.
/// </summary>
internal sealed class OutboxDispatcher : BackgroundService
{
    private const int AcknowledgeBatch = 1000;

    private readonly OutboxStore _store;
    private readonly Dictionary<string, IChannelSender> _senders;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _log;
    private readonly ChatLanes _lanes = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _waiters = new();
    private readonly ConcurrentDictionary<long, byte> _known = new();
    private readonly Channel<long> _acks = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abandon = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _drains;
    private readonly RecentChats _recent;
    private readonly IReadOnlyList<IDeliveryReceipt> _receipts;
    private readonly BotMetrics _metrics;
    private readonly ChatPseudonym _names;

    public OutboxDispatcher(
        OutboxStore store,
        IEnumerable<IChannelSender> senders,
        IOptions<DeliveryOptions> options,
        TimeProvider time,
        ILogger<OutboxDispatcher> log,
        BotMetrics metrics,
        ChatPseudonym names,
        IEnumerable<IDeliveryReceipt>? receipts = null)
    {
        _metrics = metrics;
        _names = names;
        _receipts = receipts?.ToList() ?? [];
        _store = store;
        _senders = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);
        _options = options.Value;
        _time = time;
        _log = log;
        _slots = new SemaphoreSlim(_options.MaxConcurrentChats);
        Pace = new BroadcastPace(time, _options.EffectivePerSecond, _options.ReservedForReplies);
        _recent = new RecentChats(time, _options.PerChatInterval);
    }

    /// <summary>The pace of broadcast traffic; replies and staff messages count in it too.</summary>
    public BroadcastPace Pace { get; }

    /// <summary>Messages waiting in memory, for the benchmark and for tests.</summary>
    public int InFlight => _known.Count;

    /// <summary>Chats with a lane in memory (those with messages waiting or being sent), for tests.</summary>
    internal int Lanes => _lanes.Count;

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

    /// <summary>
    /// True when a broadcast message may go to this chat now: no reply is waiting for it, and nothing was sent to it
    /// within Telegram's one-a-second-per-chat spacing. Otherwise <paramref name="wait"/> says how long to wait.
    /// </summary>
    public bool IsQuiet(string chatKey, out TimeSpan wait)
    {
        if (_lanes.TryGet(chatKey, out var lane) && !lane.IsEmpty)
        {
            wait = _options.PerChatInterval;
            return false;
        }

        return _recent.IsQuiet(chatKey, out wait);
    }

    /// <summary>Something was sent to the chat outside this dispatcher (a broadcast message).</summary>
    public void Touched(string chatKey) => _recent.Touch(chatKey);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ids = new List<long>(AcknowledgeBatch);
        try
        {
            while (await _acks.Reader.WaitToReadAsync(stoppingToken))
            {
                FlushAcknowledgements(ids);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was sent must not be sent again after the restart.
            FlushAcknowledgements(ids);
        }
    }

    private void FlushAcknowledgements(List<long> ids)
    {
        while (ids.Count < AcknowledgeBatch && _acks.Reader.TryRead(out var id))
        {
            ids.Add(id);
        }

        try
        {
            _store.Acknowledge(ids);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // At worst these messages are sent again after a restart.
            _log.LogError(ex, "Could not remove {Count} sent message(s) from the outbox", ids.Count);
        }

        ids.Clear();
    }

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

        var result = await SendGuardedAsync(sender, message, token);
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
                Receipt(message, result);
                Finish(lane, message);
                break;
            case SendOutcome.RetryAfter:
                _log.LogWarning("Channel asked to wait {Delay} before sending to {Chat}", result.RetryAfter, _names.Of(lane.ChatKey));
                // Telegram is telling the whole bot to slow down: broadcasts wait too.
                Pace.Pause(result.RetryAfter);
                await Task.Delay(result.RetryAfter, _time, token);
                break;
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
                await Task.Delay(Backoff(message.Attempts), _time, token);
                break;
        }
    }

    private async Task<SendResult> SendGuardedAsync(IChannelSender sender, OutboxMessage message, CancellationToken token)
    {
        if (message.Kind == OutboxKind.Reminder)
        {
            // Reminders are bulk traffic too (hundreds go out at 19:00): they keep Telegram's pace like a
            // broadcast, but from the reply lanes, so they never queue behind one.
            await Pace.AcquireAsync(token);
        }

        await _slots.WaitAsync(token);
        try
        {
            if (message.Kind != OutboxKind.Reminder)
            {
                Pace.Spend();
            }

            if (!message.HasExtras)
            {
                var result = await sender.SendAsync(message.Chat, message.ToReply(), _abandon.Token);
                _recent.Touch(message.ChatKey);
                return result;
            }

            // A slot's first message is sent; the later ones edit it.
            var slotMessage = message.Slot is { } slot ? _store.SlotMessage(message.ChatKey, slot) : null;
            var sent = await sender.SendWithExtrasAsync(message.Chat, message.ToReply(), message.Extras(slotMessage), _abandon.Token);
            _recent.Touch(message.ChatKey);
            if (sent is { Outcome: SendOutcome.Sent, MessageId: { } id } && message.Slot is { } kept && slotMessage is null)
            {
                _store.RememberSlot(message.ChatKey, kept, id);
            }

            return sent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _log.LogError(ex, "Sending message {Id} failed unexpectedly", message.Id);
            return new SendResult(SendOutcome.Transient, Reason: ex.Message);
        }
        finally
        {
            _slots.Release();
        }
    }

    private void Receipt(OutboxMessage message, SendResult result)
    {
        if (message.Receipt is null || result.MessageId is not { } id)
        {
            return;
        }

        foreach (var receipt in _receipts)
        {
            try
            {
                receipt.Delivered(message, id);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The message went out; only the link back to it is lost (an official can still answer by its code).
                _log.LogError(ex, "Recording the id of sent message {Id} failed", message.Id);
            }
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = _options.FirstRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        return delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;
    }

    private void Finish(ChatLane lane, OutboxMessage message)
    {
        lane.Remove(message);
        _acks.Writer.TryWrite(message.Id);
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
