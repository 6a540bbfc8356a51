using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Delivery;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Delivery;

public class ReminderPaceTests
{
    [Fact]
    public async Task Reminders_due_at_the_same_minute_keep_Telegrams_pace_and_all_arrive()
    {
        using var temp = new TempFolder();
        using var db = new BotDatabase(temp.File("onestop.db"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var sender = new RecordingSender(time);
        var lanes = new ChatLanes();
        var dispatcher = new OutboxDispatcher(new OutboxStore(db), lanes, new SendGate(lanes, time, Options.Create(new DeliveryOptions())), [sender], Options.Create(new DeliveryOptions()), time, NullLogger<OutboxDispatcher>.Instance, Observed.Metrics(), Observed.Names());
        var messages = Enumerable.Range(1, 100)
            .Select(i => OutboxMessage.From(new ChatAddress("test", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Reply("🔔"), OutboxKind.Reminder, time.GetUtcNow().UtcDateTime))
            .ToList();
        foreach (var message in messages)
        {
            db.Outbox.Insert(message);
        }

        var delivered = dispatcher.DeliverAsync(messages);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!delivered.IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.WhenAny(delivered, Task.Delay(2));
        }

        Assert.True(delivered.IsCompleted, $"only {sender.Times.Count} of 100 reminders went out");
        var times = sender.Times.Order().ToList();
        Assert.Equal(100, times.Count);
        var busiestSecond = times.Max(t => times.Count(u => u >= t && u < t + TimeSpan.FromSeconds(1)));
        Assert.InRange(busiestSecond, 1, 30);
    }

    private sealed class RecordingSender(TimeProvider time) : IChannelSender
    {
        public System.Collections.Concurrent.ConcurrentBag<DateTimeOffset> Times { get; } = [];

        public string Channel => "test";

        public Task<SendResult> SendAsync(ChatAddress to, Reply reply, CancellationToken cancellationToken)
        {
            Times.Add(time.GetUtcNow());
            return Task.FromResult(SendResult.Sent);
        }
    }
}
