using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Conversations;
using OneStop.Bot.Delivery;
using OneStop.Bot.Reminders;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Reminders;

namespace OneStop.Bot.Tests.Reminders;

/// <summary>A citizen's chat and the reminder scheduler on a real LiteDB file and a fake clock, for simulated weeks.</summary>
internal sealed class ReminderWeek : IDisposable
{
    public static readonly ChatAddress Chat = new("telegram", "42");

    private readonly string _dbPath;
    private BotDatabase _db;
    private ReminderScheduler _scheduler;
    private ConversationService _conversations;

    public ReminderWeek(TempFolder temp, DateTimeOffset start, ContentCatalog? content = null)
    {
        Time = new FakeTimeProvider(start);
        Content = content ?? Support.Content.Real;
        _dbPath = temp.File("onestop.db");
        (_db, _conversations, _scheduler) = Open();
    }

    public FakeTimeProvider Time { get; }

    public ContentCatalog Content { get; private set; }

    public BotDatabase Db => _db;

    public List<(DateTime Local, string Text)> Sent { get; } = [];

    public IReadOnlyList<OutboxMessage> Press(string payload) => _conversations.Handle([new InboundUpdate(null, Incoming.Pressed(Chat, payload))]);

    public IReadOnlyList<OutboxMessage> Type(string text) => _conversations.Handle([new InboundUpdate(null, Incoming.Typed(Chat, text))]);

    /// <summary>Runs the scheduler once a minute until <paramref name="until"/>, recording what it sends and when (commune time).</summary>
    public void RunUntil(DateTimeOffset until)
    {
        while (Time.GetUtcNow() < until)
        {
            Time.Advance(TimeSpan.FromMinutes(1));
            foreach (var message in _scheduler.RunDue())
            {
                Sent.Add((TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Support.Content.Options.Zone).DateTime, message.Text));
            }
        }
    }

    /// <summary>A restart: the database is closed and opened again, and new services are built on it.</summary>
    public void Restart(ContentCatalog? content = null)
    {
        _db.Dispose();
        Content = content ?? Content;
        (_db, _conversations, _scheduler) = Open();
    }

    public void Dispose() => _db.Dispose();

    private (BotDatabase, ConversationService, ReminderScheduler) Open()
    {
        var db = new BotDatabase(_dbPath);
        var engine = new ConversationEngine(Content, Support.Content.Options, Support.Content.Features(Content));
        var store = new ConversationStore(db, [new ReminderStore()]);
        var conversations = new ConversationService(engine, store, [new ReminderEffectHandler()], Time, NullLogger<ConversationService>.Instance, Observed.Metrics(), Observed.Names());
        var lanes = new ChatLanes();
        var dispatcher = new OutboxDispatcher(new OutboxStore(db), lanes, new SendGate(lanes, Time, Options.Create(new DeliveryOptions())), [], Options.Create(new DeliveryOptions()), Time, NullLogger<OutboxDispatcher>.Instance, Observed.Metrics(), Observed.Names());
        var scheduler = new ReminderScheduler(db, Content, engine, Support.Content.Options, ReminderSchedule.Default, dispatcher, Time, NullLogger<ReminderScheduler>.Instance);
        return (db, conversations, scheduler);
    }
}
