using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Observability;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Delivery;

/// <summary>
/// Sends broadcast messages from the outbox at Telegram's pace (<see cref="BroadcastPace"/>), a page of rows at a time,
/// behind the replies of people who are chatting. A 429 pauses every broadcast message for its retry_after; server
/// and network errors retry with backoff; a 403 unsubscribes the citizen; a 400 fails that recipient with the
/// reason. A row leaves the outbox, and is counted, only once its fate is known, so after a crash or kill -9 only
/// the messages on the wire at that moment can go twice; a normal stop lets them finish first.
/// </summary>
internal sealed class BroadcastLane : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(2);

    // On a stop, how long messages on the wire may take before they are abandoned (and sent again after the restart).
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private readonly BroadcastOutbox _outbox;
    private readonly OutboxStore _store;
    private readonly OutboxDispatcher _dispatcher;
    private readonly Dictionary<string, IChannelSender> _senders;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BroadcastLane> _log;
    private readonly BroadcastQueue _queue;
    private readonly BroadcastReceipts _receipts;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly SemaphoreSlim _inFlight;
    private readonly CancellationTokenSource _abandon = new();
    private readonly BotMetrics _metrics;
    private readonly ChatPseudonym _names;

    public BroadcastLane(
        BroadcastOutbox outbox,
        OutboxStore store,
        OutboxDispatcher dispatcher,
        IEnumerable<IChannelSender> senders,
        IOptions<DeliveryOptions> options,
        TimeProvider time,
        ILogger<BroadcastLane> log,
        BotMetrics metrics,
        ChatPseudonym names)
    {
        _metrics = metrics;
        _names = names;
        _outbox = outbox;
        _store = store;
        _dispatcher = dispatcher;
        _senders = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);
        _options = options.Value;
        _time = time;
        _log = log;
        _queue = new BroadcastQueue(outbox, dispatcher, time);
        _receipts = new BroadcastReceipts(outbox, _queue, log);
        _inFlight = new SemaphoreSlim(_options.MaxBroadcastInFlight);
    }

    /// <summary>Broadcast messages in memory: about a page, whatever the audience.</summary>
    public int Held => _queue.Held;

    /// <summary>New rows were committed, or a row waits: look now rather than at the next poll.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var receipts = Task.Run(_receipts.RecordAsync, CancellationToken.None);
        while (!stoppingToken.IsCancellationRequested)
        {
            OutboxMessage? message = null;
            try
            {
                message = _queue.Next(out var nextDue);
                if (message is null)
                {
                    await IdleAsync(nextDue, stoppingToken);
                    continue;
                }

                await _dispatcher.Pace.AcquireAsync(stoppingToken);
                if (!_outbox.StillQueued(message.Id))
                {
                    // Unsubscribed, deleted their data or blocked the bot while the message waited: nothing more goes to them.
                    _queue.Release([message.Id]);
                    continue;
                }

                await _inFlight.WaitAsync(stoppingToken);
                var sending = message;
                message = null;
                // Not cancelled by a stop: a message on the wire is let finish and recorded, so a restart does not send it twice.
                _ = Task.Run(() => SendAsync(sending, _abandon.Token), CancellationToken.None);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The database or the channel failed for a moment: the message waits and is tried again.
                _log.LogError(ex, "Sending broadcast messages failed; trying again shortly");
                if (message is not null)
                {
                    _queue.Defer(message, IdlePoll);
                }

                await IdleAsync(null, stoppingToken);
            }
        }

        await DrainAsync();
        await receipts;
    }

    /// <summary>Waits for the messages on the wire, then lets the last receipts be recorded.</summary>
    private async Task DrainAsync()
    {
        using var deadline = new CancellationTokenSource(DrainTimeout, _time);
        try
        {
            for (var slot = 0; slot < _options.MaxBroadcastInFlight; slot++)
            {
                await _inFlight.WaitAsync(deadline.Token);
            }
        }
        catch (OperationCanceledException)
        {
            _log.LogWarning("Broadcast messages still on the wire at shutdown are abandoned; they go again after the restart");
            await _abandon.CancelAsync();
        }

        _receipts.Complete();
    }

    /// <summary>Waits until a row may be due, new rows are committed, the poll interval passes, or the lane stops.</summary>
    private async Task IdleAsync(DateTimeOffset? nextDue, CancellationToken token)
    {
        var wait = nextDue is { } due && due - _time.GetUtcNow() < IdlePoll ? due - _time.GetUtcNow() : IdlePoll;
        using var timer = new CancellationTokenSource(wait > TimeSpan.FromMilliseconds(10) ? wait : TimeSpan.FromMilliseconds(10), _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(token, timer.Token);
        try
        {
            await _wake.Reader.WaitToReadAsync(either.Token);
            _wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException)
        {
            // The wait is over (or the lane stops, which the loop sees).
        }
    }

    private async Task SendAsync(OutboxMessage message, CancellationToken token)
    {
        try
        {
            var result = await SendGuardedAsync(message, token);
            _dispatcher.Touched(message.ChatKey);
            Handle(message, result);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Abandoned at shutdown: the row stays in the outbox and goes after the restart.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _log.LogError(ex, "Sending broadcast message {Id} failed unexpectedly", message.Id);
            Retry(message, ex.Message);
        }
        finally
        {
            _inFlight.Release();
        }
    }

    private void Handle(OutboxMessage message, SendResult result)
    {
        var broadcast = message.BroadcastId ?? 0;
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                _metrics.Delivered(message, _time.GetUtcNow());
                _receipts.Add(new BroadcastReceipt(message.Id, broadcast, BroadcastOutcome.Delivered, Window: result.Window));
                break;
            case SendOutcome.RetryAfter:
                _log.LogWarning("Telegram asked to wait {Delay}: broadcast messages pause", result.RetryAfter);
                _dispatcher.Pace.Pause(result.RetryAfter);
                _queue.Defer(message, TimeSpan.Zero);
                Wake();
                break;
            case SendOutcome.Unreachable:
                _log.LogInformation("{Chat} blocked the bot or is gone; unsubscribing it", _names.Of(message.ChatKey));
                // Counted before the chat's rows are dropped, so the report says "blocked", not "opted out".
                _receipts.RecordNow(new BroadcastReceipt(message.Id, broadcast, BroadcastOutcome.Blocked, result.Reason));
                _store.DropChat(message.ChatKey);
                break;
            case SendOutcome.Rejected when result.Window is not null:
                // Zalo's window was closed for this chat: nothing was sent; the report counts it on its own line.
                _receipts.Add(new BroadcastReceipt(message.Id, broadcast, BroadcastOutcome.OutsideWindow, result.Reason, result.Window));
                break;
            case SendOutcome.Rejected:
                _log.LogWarning("Broadcast message {Id} to {Chat} was refused: {Reason}", message.Id, _names.Of(message.ChatKey), result.Reason);
                _receipts.Add(new BroadcastReceipt(message.Id, broadcast, BroadcastOutcome.Failed, result.Reason));
                break;
            default:
                Retry(message, result.Reason);
                break;
        }
    }

    private async Task<SendResult> SendGuardedAsync(OutboxMessage message, CancellationToken token)
    {
        if (!_senders.TryGetValue(message.Chat.Channel, out var sender))
        {
            return new SendResult(SendOutcome.Rejected, Reason: $"no '{message.Chat.Channel}' channel is running");
        }

        try
        {
            return await sender.SendBroadcastAsync(message.Chat, message.ToReply(), new BroadcastSend(message.PhotoFileId, _options.PaidBroadcast), token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new SendResult(SendOutcome.Transient, Reason: ex.Message);
        }
    }

    private void Retry(OutboxMessage message, string reason)
    {
        message.Attempts++;
        if (message.Attempts >= _options.MaxAttempts)
        {
            _log.LogError("Giving up on broadcast message {Id} to {Chat} after {Attempts} tries: {Reason}", message.Id, _names.Of(message.ChatKey), message.Attempts, reason);
            _receipts.Add(new BroadcastReceipt(message.Id, message.BroadcastId ?? 0, BroadcastOutcome.Failed, reason));
            return;
        }

        _store.RecordAttempt(message);
        var delay = _options.FirstRetryDelay * Math.Pow(2, Math.Min(message.Attempts - 1, 16));
        _queue.Defer(message, delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay);
        Wake();
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        _inFlight.Dispose();
        base.Dispose();
    }
}
