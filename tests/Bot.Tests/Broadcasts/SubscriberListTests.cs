using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Broadcasts;
using OneStop.Bot.Conversations;
using OneStop.Bot.Reminders;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;

namespace OneStop.Bot.Tests.Broadcasts;

/// <summary>The subscriber list on a real LiteDB file, written by real conversations, read by audiences.</summary>
public sealed class SubscriberListTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotDatabase _db;
    private readonly ConversationService _conversations;
    private readonly ConversationStore _store;
    private readonly Recipients _recipients;

    public SubscriberListTests()
    {
        _db = new BotDatabase(_folder.File("bot.db"));
        var owners = new IChatDataOwner[] { new SubscriberStore(_db), new ReminderStore() };
        _store = new ConversationStore(_db, owners);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        _conversations = new ConversationService(Support.Content.Engine(), _store, [new NoticeEffectHandler()], time, NullLogger<ConversationService>.Instance, Observed.Metrics(), Observed.Names());
        _recipients = new Recipients(_db);
    }

    public void Dispose()
    {
        _db.Dispose();
        _folder.Dispose();
    }

    private static ChatAddress Chat(int id) => new("telegram", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void Type(int chat, string text) => _conversations.Handle([new InboundUpdate(null, Incoming.Typed(Chat(chat), text))]);

    private void Press(int chat, string payload) => _conversations.Handle([new InboundUpdate(null, Incoming.Pressed(Chat(chat), payload))]);

    private Subscriber? Find(int chat) => SubscriberStore.Collection(_db).FindById(Chat(chat).Key);

    [Fact]
    public void A_conversation_writes_the_subscription_its_area_and_the_cards_opened_in_the_same_commit()
    {
        Type(1, "/dangky");
        Press(1, NoticePress.Subscribe);
        Assert.NotNull(Find(1));
        Press(1, NoticePress.ChooseArea(1));
        Type(1, "dang ky ket hon can gi");
        Type(1, "khai tu can gi");

        var subscriber = Find(1)!;
        Assert.Equal("Vạn Phú (cũ)", subscriber.Area);
        Assert.Equal(["ket-hon", "khai-tu"], subscriber.Procedures);
        Assert.Equal(new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc), subscriber.SinceUtc);
    }

    [Fact]
    public void Opting_out_removes_the_subscriber_and_every_notice_still_queued_for_them()
    {
        Type(1, "/dangky");
        Press(1, NoticePress.Subscribe);
        Type(2, "/dangky");
        Press(2, NoticePress.Subscribe);
        QueueNotice(1);
        QueueNotice(2);

        Type(1, "hủy đăng ký");

        Assert.Null(Find(1));
        Assert.DoesNotContain(_db.Outbox.FindAll(), m => m.ChatKey == Chat(1).Key && m.Kind == OutboxKind.Broadcast);
        Assert.Contains(_db.Outbox.FindAll(), m => m.ChatKey == Chat(2).Key && m.Kind == OutboxKind.Broadcast);
    }

    [Fact]
    public void Delete_my_data_removes_the_subscription()
    {
        Type(1, "/dangky");
        Press(1, NoticePress.Subscribe);
        Type(1, "/xoadulieu");
        Type(1, "có");
        Assert.Null(Find(1));
    }

    [Fact]
    public void A_403_drops_the_chat_unsubscribes_it_and_clears_the_mirror_in_its_session()
    {
        Type(1, "/dangky");
        Press(1, NoticePress.Subscribe);
        QueueNotice(1);

        new OutboxStore(_db).DropChat(Chat(1).Key);

        Assert.Null(Find(1));
        Assert.Empty(_db.Outbox.FindAll());
        Assert.False(NoticeSubscription.IsOn(_store.FindSession(Chat(1).Key)!));
        Assert.False(_store.FindChat(Chat(1).Key)!.Reachable);
    }

    [Fact]
    public void Audiences_select_everyone_some_areas_or_those_who_asked_about_a_procedure()
    {
        Type(1, "/dangky");
        Press(1, NoticePress.Subscribe);
        Type(2, "/dangky");
        Press(2, NoticePress.Subscribe);
        Press(2, NoticePress.ChooseArea(0));
        Type(3, "/dangky");
        Press(3, NoticePress.Subscribe);
        Press(3, NoticePress.ChooseArea(2));
        Type(3, "ket hon can gi");
        Type(4, "ket hon can gi");

        Assert.Equal(3, _recipients.Count(Audience.Everyone));
        Assert.Equal([Chat(2).Key], _recipients.Page(Audience.InAreas(["Vạn Giã (cũ)"]), "", 10));
        Assert.Equal(2, _recipients.Count(Audience.InAreas(["Vạn Giã (cũ)", "Vạn Lương (cũ)"])));
        Assert.Equal([Chat(3).Key], _recipients.Page(Audience.AskedAbout("ket-hon"), "", 10));
        Assert.Equal(0, _recipients.Count(Audience.AskedAbout("khai-tu")));
    }

    [Fact]
    public void Pages_follow_the_key_order_from_a_cursor_without_gaps_or_repeats()
    {
        for (var i = 1; i <= 25; i++)
        {
            SubscriberStore.Subscribe(_db, Chat(i).Key, null, [], DateTime.UnixEpoch);
        }

        var seen = new List<string>();
        var after = "";
        while (_recipients.Page(Audience.Everyone, after, 7) is { Count: > 0 } page)
        {
            seen.AddRange(page);
            after = page[^1];
        }

        Assert.Equal(25, seen.Count);
        Assert.Equal(25, seen.Distinct().Count());
    }

    [Fact]
    public void The_reminder_audience_is_everyone_reminded_of_that_day_subscribed_or_not()
    {
        var reminders = ReminderStore.Reminders(_db);
        reminders.Insert(new StoredReminder { Id = StoredReminder.Key(Chat(1).Key, "20261202"), ChatKey = Chat(1).Key, Day = "20261202" });
        reminders.Insert(new StoredReminder { Id = StoredReminder.Key(Chat(2).Key, "20261202"), ChatKey = Chat(2).Key, Day = "20261202" });
        reminders.Insert(new StoredReminder { Id = StoredReminder.Key(Chat(3).Key, "20261209"), ChatKey = Chat(3).Key, Day = "20261209" });
        reminders.Insert(new StoredReminder { Id = StoredReminder.Key(Chat(4).Key, "20261125"), ChatKey = Chat(4).Key, Day = "20261125" });

        Assert.Equal([Chat(1).Key, Chat(2).Key], _recipients.Page(Audience.RemindedOf(new DateOnly(2026, 12, 2)), "", 10));
        Assert.Equal([new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 9)], _recipients.ReminderDays(new DateOnly(2026, 12, 1), 5));
    }

    private void QueueNotice(int chat)
    {
        var row = OutboxMessage.From(Chat(chat), new Reply("📣 Thông báo"), OutboxKind.Broadcast, DateTime.UnixEpoch);
        row.BroadcastId = 1;
        _db.Outbox.Insert(row);
    }
}
