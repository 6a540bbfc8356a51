using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Conversations;
using OneStop.Bot.Delivery;
using OneStop.Bot.Reminders;
using OneStop.Bot.Storage;
using OneStop.Bot.Survey;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Reminders;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Tests.Reminders;

/// <summary>A citizen's chat and the reminder scheduler on a real LiteDB file and a fake clock, for simulated weeks.</summary>
internal sealed class ReminderWeek : IDisposable
{
    public static readonly ChatAddress Chat = new("telegram", "42");

    private readonly string _dbPath;
    private readonly bool _survey;
    private BotDatabase _db;
    private ReminderScheduler _scheduler;
    private ConversationService _conversations;

    /// <param name="survey">False for a host without the survey: its module, which hands out the invitation, is not there.</param>
    public ReminderWeek(TempFolder temp, DateTimeOffset start, ContentCatalog? content = null, bool survey = true)
    {
        _survey = survey;
        Time = new FakeTimeProvider(start);
        Content = content ?? Support.Content.Real;
        _dbPath = temp.File("onestop.db");
        (_db, _conversations, _scheduler) = Open();
    }

    public FakeTimeProvider Time { get; }

    public ContentCatalog Content { get; private set; }

    public BotDatabase Db => _db;

    public List<(DateTime Local, string Text)> Sent { get; } = [];

    /// <summary>The payloads of the buttons of each message in <see cref="Sent"/>, in the same order.</summary>
    public List<IReadOnlyList<string>> SentButtons { get; } = [];

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
                SentButtons.Add(message.ToReply().AllButtons.Select(b => b.Payload).ToList());
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
        SurveyInvitation[] surveys = _survey ? [new(procedureId => SurveyPayload.Start(procedureId))] : [];
        var scheduler = new ReminderScheduler(db, Content, Support.Content.Options, ReminderSchedule.Default, dispatcher, Time, surveys, NullLogger<ReminderScheduler>.Instance);
        return (db, conversations, scheduler);
    }
}
