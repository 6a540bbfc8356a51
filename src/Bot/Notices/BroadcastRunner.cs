using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Delivery;
using OneStop.Bot.Staff;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Notices;

/// <summary>
/// Starts broadcasts when they are due, puts one outbox row per recipient a little ahead of the lane (a thousand to a
/// transaction, the cursor saved with them, so a crash mid-way neither loses nor doubles a recipient), keeps one
/// progress message up to date, and sends the report when the last row has left the outbox. After a restart it picks
/// up where it was.
/// </summary>
internal sealed class BroadcastRunner(
    BroadcastStore broadcasts,
    Recipients recipients,
    BroadcastOutbox outbox,
    BroadcastLane lane,
    SendGate gate,
    NoticeText notice,
    BroadcastReport report,
    StaffChat chat,
    StaffDirectory directory,
    IOptions<BroadcastOptions> options,
    TimeProvider time,
    ILogger<BroadcastRunner> log) : BackgroundService
{
    private const int ExpandBatch = 1000;
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Dictionary<long, (DateTimeOffset At, string Text)> _shown = [];

    public TimeSpan Estimate(int recipients) => gate.Estimate(recipients);

    /// <summary>A broadcast was confirmed for now: start it without waiting for the next tick.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(Task.Delay(Tick, time, tick.Token), _wake.Reader.WaitToReadAsync(tick.Token).AsTask());
                await tick.CancelAsync();
                _wake.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A failed round (Telegram unreachable for the progress message, a disk hiccup) is tried again.
                log.LogError(ex, "A broadcast round failed; trying again in a moment");
                await Task.Delay(Tick, time, stoppingToken);
            }
        }
    }

    /// <summary>One round: start what is due, then move every running broadcast on.</summary>
    public async Task RunOnceAsync(CancellationToken token)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var due in broadcasts.WithStatus(BroadcastStatus.Scheduled).Where(b => b.SendAtUtc <= now))
        {
            var planned = recipients.Count(due.Audience());
            if (broadcasts.Move(due.Id, [BroadcastStatus.Scheduled], b => (b.Status, b.StartedUtc, b.Planned) = (BroadcastStatus.Sending, now, planned)) is { } started)
            {
                log.LogInformation("Broadcast {Id} starts for {Count} recipient(s)", started.Id, planned);
            }
        }

        foreach (var running in broadcasts.WithStatus(BroadcastStatus.Sending))
        {
            await AdvanceAsync(running, token);
        }
    }

    private async Task AdvanceAsync(Broadcast broadcast, CancellationToken token)
    {
        var queued = Expand(broadcast);
        var tally = outbox.Tally(broadcast.Id);
        var left = queued + (broadcast.Expanded ? 0 : Math.Max(0, broadcast.Planned - broadcast.Recipients));
        var progress = report.Progress(broadcast, tally, left);
        var now = time.GetUtcNow();
        if (!_shown.TryGetValue(broadcast.Id, out var shown) || (left == 0 && shown.Text != progress)
            || (now - shown.At >= options.Value.ProgressInterval && shown.Text != progress))
        {
            // One message in the author's chat, edited in place: the outbox sends the first and edits it after.
            await chat.ShowProgressAsync(broadcast.AuthorChat(), ProgressSlot(broadcast), progress);
            _shown[broadcast.Id] = (now, progress);
        }

        if (broadcast.Expanded && queued == 0)
        {
            await FinishAsync(broadcast, tally, token);
        }
    }

    /// <summary>
    /// Keeps the outbox a few seconds' sending ahead of the lane, a batch of rows per transaction, the cursor moving
    /// with the rows it made. Only a few thousand rows exist at a time, so the database and the memory of the bot stay
    /// the same size whatever the audience. Returns the rows still to send.
    /// </summary>
    private int Expand(Broadcast broadcast)
    {
        var queued = outbox.Remaining(broadcast.Id);
        var lead = Math.Max(ExpandBatch, 3 * gate.PerSecond);
        var reply = notice.For(broadcast.Text);
        var audience = broadcast.Audience();
        while (!broadcast.Expanded && queued < lead)
        {
            var page = recipients.Page(audience, broadcast.ExpandedAfter, ExpandBatch);
            var createdUtc = time.GetUtcNow().UtcDateTime;
            broadcasts.Database.InTransaction(() =>
            {
                foreach (var chatKey in page)
                {
                    var row = OutboxMessage.From(ChatAddress.Parse(chatKey), reply, OutboxKind.Broadcast, createdUtc);
                    row.BroadcastId = broadcast.Id;
                    row.PhotoFileId = broadcast.PhotoFileId;
                    broadcasts.Database.Outbox.Insert(row);
                }

                broadcast.Recipients += page.Count;
                broadcast.ExpandedAfter = page.Count > 0 ? page[^1] : broadcast.ExpandedAfter;
                broadcast.Expanded = page.Count < ExpandBatch;
                broadcasts.Update(broadcast);
            });
            queued += page.Count;
            lane.Wake();
            if (broadcast.Expanded)
            {
                log.LogInformation("Broadcast {Id}: every recipient's message is in the outbox ({Count})", broadcast.Id, broadcast.Recipients);
            }
        }

        return queued;
    }

    private static string ProgressSlot(Broadcast broadcast) =>
        "broadcast-progress:" + broadcast.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task FinishAsync(Broadcast broadcast, BroadcastTally tally, CancellationToken token)
    {
        var finished = broadcasts.Move(broadcast.Id, [BroadcastStatus.Sending], b =>
        {
            b.Status = BroadcastStatus.Done;
            b.FinishedUtc = time.GetUtcNow().UtcDateTime;
        });
        if (finished is null)
        {
            return;
        }

        _shown.Remove(finished.Id);
        var text = report.Final(finished, tally);
        log.LogInformation("Broadcast {Id} finished: {Delivered} delivered, {Blocked} blocked, {Failed} failed", finished.Id, tally.Delivered, tally.Blocked, tally.Failed);
        await chat.SayAsync(finished.AuthorChat(), text, token);
        if (directory.Group is { } group && group.Key != finished.AuthorChatId)
        {
            await chat.SayAsync(group, text, token);
        }
    }
}
