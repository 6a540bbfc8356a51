using System.Diagnostics.Metrics;
using LiteDB;
using Microsoft.Extensions.Hosting;
using OneStop.Bot.Broadcasts;
using OneStop.Bot.Delivery;
using OneStop.Bot.Handover;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Observability;

/// <summary>
/// Gauges read when Prometheus scrapes (every 15 s or so), from what the bot already keeps, never a scan: LiteDB
/// counts a collection by reading every row (65 ms for 10,000 outbox rows here), so the outbox's depth is the
/// dispatcher's messages in memory (every reply, reminder and staff message not yet accepted) plus, for each notice
/// being sent, its rows written less those finished (its tally). The oldest row is the first of the id index (0.3 ms).
/// Open questions come from the handover's map in memory. A hosted service only so that the gauges exist from start-up.
/// </summary>
internal sealed class BotGauges : IHostedService
{
    private readonly BotDatabase _db;
    private readonly TimeProvider _time;
    private readonly OutboxDispatcher _dispatcher;
    private readonly BroadcastStore? _broadcasts;
    private readonly BroadcastOutbox? _broadcastRows;

    public BotGauges(
        BotMetrics metrics,
        BotDatabase db,
        OutboxDispatcher dispatcher,
        TimeProvider time,
        HandoverStore? handover = null,
        BroadcastStore? broadcasts = null,
        BroadcastOutbox? broadcastRows = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _db = db;
        _time = time;
        _dispatcher = dispatcher;
        _broadcasts = broadcasts;
        _broadcastRows = broadcastRows;
        var meter = metrics.Meter;
        meter.CreateObservableGauge("onestop.outbox.depth", Depth, "{message}", "Messages committed and not yet accepted by a channel (replies, reminders, staff messages, notices).");
        meter.CreateObservableGauge("onestop.outbox.oldest.age", OldestAge, "s", "Age of the oldest message still in the outbox; 0 when it is empty.");
        if (handover is not null)
        {
            meter.CreateObservableGauge("onestop.handover.open", () => handover.OpenCount, "{question}", "Citizens' questions to officials not closed yet.");
        }

        if (broadcasts is not null)
        {
            meter.CreateObservableGauge("onestop.broadcasts.active", () => broadcasts.WithStatus(BroadcastStatus.Sending).Count, "{broadcast}", "Notices being sent now.");
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private int Depth()
    {
        var notices = 0;
        if (_broadcasts is not null && _broadcastRows is not null)
        {
            foreach (var sending in _broadcasts.WithStatus(BroadcastStatus.Sending))
            {
                notices += Math.Max(0, sending.Recipients - _broadcastRows.Tally(sending.Id).Finished);
            }
        }

        return _dispatcher.InFlight + notices;
    }

    private double OldestAge()
    {
        // Ids grow with each commit, so the first in the id index is the oldest row.
        if (_db.Outbox.Find(Query.All(), 0, 1).FirstOrDefault() is not { } oldest)
        {
            return 0;
        }

        var age = _time.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(oldest.CreatedUtc, DateTimeKind.Utc);
        return Math.Max(0, age.TotalSeconds);
    }
}
