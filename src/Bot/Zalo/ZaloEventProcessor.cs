using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Conversations;
using OneStop.Bot.Storage;
using OneStop.Bot.Webhooks;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Zalo;

/// <summary>
/// Handles stored Zalo events in arrival order (so in order per user), a batch at a time, through the one inbound path;
/// the batch's commit marks them handled. Woken by the webhook; after a restart it starts with what was stored and
/// not handled (a kill -9 after the 200 loses nothing).
/// </summary>
internal sealed class ZaloEventProcessor(
    InboundEventStore events,
    ZaloEventMapper mapper,
    InboundService inbound,
    TimeProvider time,
    ILogger<ZaloEventProcessor> log) : BackgroundService
{
    private const int Batch = 500;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    private readonly StoredEventWake _wake = new(time);

    public void Wake() => _wake.Wake();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pending = events.Pending(ZaloChat.Channel, Batch);
                if (pending.Count == 0)
                {
                    await _wake.WaitAsync(Idle, stoppingToken);
                    continue;
                }

                await inbound.HandleAsync(pending.Select(Map).ToList(), stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The events stay stored: they are handled when the disk or the bug lets them.
                failures++;
                log.LogError(ex, "Handling stored Zalo events failed ({Failures} in a row); trying again", failures);
                await _wake.WaitAsync(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures))), stoppingToken);
            }
        }
    }

    private InboundUpdate Map(InboundEvent stored)
    {
        try
        {
            return mapper.Map(stored);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.LogError(ex, "Could not read Zalo event {Key}; skipping it", stored.Id);
            return new InboundUpdate(null, new Incoming(new ChatAddress(ZaloChat.Channel, "unknown"), IncomingKind.Unreadable)) { EventKey = stored.Id, Silent = true };
        }
    }
}
