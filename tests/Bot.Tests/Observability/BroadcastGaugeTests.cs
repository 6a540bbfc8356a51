using System.Diagnostics.Metrics;
using OneStop.Bot.Observability;
using OneStop.Bot.Tests.Broadcasts;

namespace OneStop.Bot.Tests.Observability;

/// <summary>The gauges while a notice goes out: the outbox holds its rows, one broadcast is active; both fall back to 0.</summary>
public sealed class BroadcastGaugeTests
{
    [Fact]
    public async Task During_a_notice_the_outbox_depth_counts_its_rows_and_one_broadcast_is_active_then_both_return_to_zero()
    {
        await using var scene = await BroadcastScene.StartAsync();
        var citizens = BroadcastScene.Crowd(60);
        await scene.SubscribeAsync(citizens);
        using var gauges = new Gauges(scene.Bot.Get<BotMetrics>().Meter);

        await scene.SendNoticeAsync("Thứ Tư 02/12 Trung tâm vẫn làm việc bình thường.");
        await scene.AdvanceUntilAsync(() => gauges.Read("onestop.broadcasts.active") == 1 && gauges.Read("onestop.outbox.depth") > 10);
        Assert.True(gauges.Read("onestop.outbox.depth") <= citizens.Length + 5);
        await scene.ReportAsync();
        await scene.AdvanceUntilAsync(() => gauges.Read("onestop.outbox.depth") == 0);

        Assert.Equal(0, gauges.Read("onestop.broadcasts.active"));
        Assert.Equal(0, gauges.Read("onestop.outbox.oldest.age"));
        Assert.All(citizens, c => Assert.Equal(1, scene.NoticesTo(c)));
    }

    /// <summary>Reads this host's observable gauges on demand, as a scrape would.</summary>
    private sealed class Gauges : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Dictionary<string, double> _last = [];
        private readonly Lock _gate = new();

        public Gauges(Meter meter)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter == meter)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Keep(instrument.Name, value));
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Keep(instrument.Name, value));
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Keep(instrument.Name, value));
            _listener.Start();
        }

        public double Read(string name)
        {
            lock (_gate)
            {
                _listener.RecordObservableInstruments();
                return _last.TryGetValue(name, out var value) ? value : double.NaN;
            }
        }

        public void Dispose() => _listener.Dispose();

        private void Keep(string name, double value) => _last[name] = value;
    }
}
