using System.Diagnostics.Metrics;
using LiteDB;
using Microsoft.Extensions.Hosting;
using OneStop.Bot.Broadcasts;
using OneStop.Bot.Handover;
using OneStop.Bot.Storage;

namespace OneStop.Bot.Observability;

/// <summary>
/// Gauges read when Prometheus scrapes (every 15 s or so), not kept up to date by the code they watch. The outbox's
/// depth is an index count (about a millisecond for 10,000 rows); its oldest row is the first of the id index, never
/// a scan. Open questions come from the handover's map in memory; broadcasts being sent from a query on a small
/// collection. A hosted service only so that the gauges exist from start-up.
/// </summary>
internal sealed class BotGauges : IHostedService
{
    private readonly BotDatabase _db;
    private readonly TimeProvider _time;

    public BotGauges(BotMetrics metrics, BotDatabase db, TimeProvider time, HandoverStore? handover = null, BroadcastStore? broadcasts = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _db = db;
        _time = time;
        var meter = metrics.Meter;
        meter.CreateObservableGauge("onestop.outbox.depth", () => _db.Outbox.Count(), "{message}", "Messages committed and not yet accepted by a channel (replies, reminders, broadcasts).");
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
