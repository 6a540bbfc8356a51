using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Delivery;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Delivery;

/// <summary>The dispatcher forgets a chat's lane once it runs empty, and a chat's messages still go out in order.</summary>
public class ChatLaneTests
{
    [Fact]
    public async Task Lanes_of_answered_chats_are_forgotten_and_each_chat_keeps_its_order()
    {
        using var temp = new TempFolder();
        using var db = new BotDatabase(temp.File("onestop.db"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var sender = new OrderSender();
        var lanes = new ChatLanes();
        using var dispatcher = new OutboxDispatcher(new OutboxStore(db), lanes, new SendGate(lanes, time, Options.Create(new DeliveryOptions())), [sender], Options.Create(new DeliveryOptions()), time, NullLogger<OutboxDispatcher>.Instance, Observed.Metrics(), Observed.Names());

        // Waves for the same chats: a lane that retired between two waves must not let a message overtake another.
        for (var wave = 0; wave < 5; wave++)
        {
            var messages = new List<OutboxMessage>();
            for (var chat = 1; chat <= 300; chat++)
            {
                for (var n = 0; n < 2; n++)
                {
                    var text = (wave * 2 + n).ToString(CultureInfo.InvariantCulture);
                    var message = OutboxMessage.From(new ChatAddress("test", chat.ToString(CultureInfo.InvariantCulture)), new Reply(text), OutboxKind.Reply, time.GetUtcNow().UtcDateTime);
                    db.Outbox.Insert(message);
                    messages.Add(message);
                }
            }

            // Half the waves are not awaited: they meet lanes that are still draining or retiring.
            var delivered = dispatcher.DeliverAsync(messages);
            if (wave % 2 == 1)
            {
                await delivered.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((sender.Total < 3000 || lanes.Count > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        Assert.Equal(3000, sender.Total);
        Assert.Equal(0, lanes.Count);
        Assert.All(sender.ByChat.Values, texts => Assert.Equal(Enumerable.Range(0, 10).Select(i => i.ToString(CultureInfo.InvariantCulture)), texts));
    }

    private sealed class OrderSender : IChannelSender
    {
        private int _total;

        public ConcurrentDictionary<string, List<string>> ByChat { get; } = new();

        public int Total => Volatile.Read(ref _total);

        public string Channel => "test";

        public async Task<SendResult> SendAsync(ChatAddress to, Reply reply, CancellationToken cancellationToken)
        {
            // A real send yields: other lanes run meanwhile.
            await Task.Yield();
            var texts = ByChat.GetOrAdd(to.Id, _ => []);
            lock (texts)
            {
                texts.Add(reply.Text);
            }

            Interlocked.Increment(ref _total);
            return SendResult.Sent;
        }
    }
}
