using OneStop.Bot.Notices;
using OneStop.Bot.Delivery;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;
using static OneStop.Bot.Tests.Notices.BroadcastScene;

namespace OneStop.Bot.Tests.Notices;

/// <summary>How broadcast messages go out against the fake Bot API: its 429s, 403s, 400s and 5xx, priority, restarts.</summary>
public sealed class BroadcastDeliveryTests
{
    private static readonly long[] Five = [601, 602, 603, 604, 605];

    private static bool IsCitizen(long chatId) => chatId is >= 600 and < 2000;

    [Fact]
    public async Task A_429_pauses_every_broadcast_message_for_its_retry_after_and_nothing_is_lost_or_repeated()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Five);
        // Aimed at one citizen's notice: a 429 for "the next send" could as well meet the official's progress message.
        var callsBefore = scene.Server.Calls.Count;
        scene.Server.FailNextSendsTo(603, 1, 429, retryAfterSeconds: 5);
        await scene.SendNoticeAsync("Thứ Tư này nghỉ lễ.");

        await scene.ReportAsync();

        var failed = scene.Server.Calls.Skip(callsBefore).First(c => c.Method == "sendMessage" && c.Body.Contains("\"chat_id\":603", StringComparison.Ordinal));
        var after = scene.Server.Sent.Where(m => IsCitizen(m.ChatId) && m.At > failed.At).ToList();
        Assert.NotEmpty(after);
        Assert.All(after, m => Assert.True(m.At >= failed.At + TimeSpan.FromSeconds(5), $"sent {m.At - failed.At} after the 429"));
        Assert.All(Five, c => Assert.Equal(1, scene.NoticesTo(c)));
        Assert.Contains(scene.Bot.Log.Entries, e => e.Message.Contains("broadcast messages pause", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_citizen_who_blocked_the_bot_is_counted_as_blocked_and_unsubscribed()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Five);
        scene.Server.BlockChat(603);

        await scene.SendNoticeAsync("Từ tháng sau nhận hồ sơ sáng thứ Bảy.");
        var report = await scene.ReportAsync();

        Assert.Contains("Đã nhận: 4", report.Text);
        Assert.Contains("Đã chặn bot (em đã xoá đăng ký của họ): 1", report.Text);
        Assert.Null(scene.Bot.Get<SubscriberStore>().Find(BotHost.Key(603)));
        Assert.False(scene.Bot.ChatOf(603)!.Reachable);
        Assert.NotNull(scene.Bot.Get<SubscriberStore>().Find(BotHost.Key(604)));
    }

    [Fact]
    public async Task A_400_fails_that_recipient_with_the_reason_and_a_500_is_retried()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Five);
        await scene.SendNoticeAsync("Mời bà con mang CCCD gắn chip đến làm VNeID.");
        await scene.AdvanceUntilAsync(() => Five.Any(c => scene.NoticesTo(c) == 1));
        scene.Server.FailNextSends(1, 400, description: "Bad Request: PEER_ID_INVALID");
        scene.Server.FailNextSends(2, 502);

        var report = await scene.ReportAsync(stepSeconds: 0.5);
        Assert.True(report.Text.Contains("Đã nhận: 4", StringComparison.Ordinal), $"{report.Text}\n{scene.Bot.Log}");

        Assert.Contains("Đã nhận: 4", report.Text);
        Assert.Contains("Lỗi khác: 1", report.Text);
        Assert.Contains("PEER_ID_INVALID: 1", report.Text);
        Assert.Equal(4, Five.Sum(scene.NoticesTo));
        Assert.All(Five, c => Assert.InRange(scene.NoticesTo(c), 0, 1));
    }

    [Fact]
    public async Task At_the_fake_servers_30_a_second_the_broadcast_gets_no_429_and_replies_go_ahead_of_it()
    {
        await using var scene = await StartAsync(maxSendsPerSecond: 30);
        var crowd = Crowd(150);
        Seed(scene, crowd);
        await scene.SendNoticeAsync("Thứ Tư này nghỉ lễ.");
        await scene.AdvanceUntilAsync(() => crowd.Count(c => scene.NoticesTo(c) > 0) >= 30);

        // A citizen writes in the middle of it: the answer comes without the clock moving, ahead of the queue.
        var before = scene.Server.SentTo(700).Count;
        scene.Server.EnqueueText(700, "ket hon can gi");
        await scene.Bot.WaitForSentAsync(sent => sent.Count(m => m.ChatId == 700) > before);
        Assert.Contains(crowd, c => scene.NoticesTo(c) == 0);

        var lane = scene.Bot.Get<BroadcastLane>();
        var mostHeld = 0;
        await scene.AdvanceUntilAsync(() =>
        {
            mostHeld = Math.Max(mostHeld, lane.Held);
            return scene.Server.SentTo(Official).Any(IsReport);
        });
        Assert.All(crowd, c => Assert.Equal(1, scene.NoticesTo(c)));
        Assert.InRange(mostHeld, 1, 150);
        var sends = scene.Server.Calls.Count(c => c.Method is "sendMessage" or "editMessageText");
        var accepted = scene.Server.Sent.Count(m => m.Method is "sendMessage" or "editMessageText");
        Assert.Equal(sends, accepted);
    }

    [Fact]
    public async Task A_citizen_who_opts_out_mid_broadcast_gets_nothing_more_and_the_report_says_so()
    {
        await using var scene = await StartAsync();
        var crowd = Crowd(60);
        Seed(scene, crowd);
        await scene.SendNoticeAsync("Thứ Tư này nghỉ lễ.");
        await scene.AdvanceUntilAsync(() => crowd.Count(c => scene.NoticesTo(c) > 0) >= 10);

        var last = crowd[^1];
        scene.Server.EnqueueText(last, "hủy đăng ký");
        await scene.Bot.WaitForSentAsync(sent => sent.Any(m => m.ChatId == last && m.Text.Contains("ngừng gửi", StringComparison.Ordinal)));
        var report = await scene.ReportAsync();

        Assert.Equal(0, scene.NoticesTo(last));
        Assert.Contains("Đã nhận: 59", report.Text);
        Assert.Contains("Hủy đăng ký trong lúc đang gửi: 1", report.Text);
    }

    [Fact]
    public async Task A_restart_mid_broadcast_carries_on_the_same_progress_message_and_nobody_is_missed_or_repeated()
    {
        await using var scene = await StartAsync();
        var crowd = Crowd(80);
        Seed(scene, crowd);
        await scene.SendNoticeAsync("Thứ Tư này nghỉ lễ.");
        await scene.AdvanceUntilAsync(() => crowd.Count(c => scene.NoticesTo(c) > 0) >= 25);

        await scene.RestartAsync();
        var report = await scene.ReportAsync();

        Assert.True(crowd.All(c => scene.NoticesTo(c) == 1), $"{report.Text}\n{scene.Bot.Log}");
        Assert.Contains("Đã nhận: 80", report.Text);
        var progress = scene.Server.SentTo(Official).Where(m => m.Text.Contains("Đang gửi", StringComparison.Ordinal)).ToList();
        Assert.Single(progress.Select(m => m.MessageId).Distinct());
        Assert.Contains(progress, m => m.Method == "editMessageText");
        Assert.Contains("Còn lại: 0", progress[^1].Text);
    }

    [Fact]
    public async Task Paid_broadcasts_ask_telegram_for_it_on_broadcast_messages_only()
    {
        await using var scene = await StartAsync(new Dictionary<string, string?> { ["Delivery:PaidBroadcast"] = "true" });
        await scene.SubscribeAsync(Five);
        await scene.SendNoticeAsync("Thứ Tư này nghỉ lễ.");
        await scene.ReportAsync(stepSeconds: 0.01);

        var calls = scene.Server.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.Equal(5, calls.Count(c => c.Body.Contains("\"allow_paid_broadcast\":true", StringComparison.Ordinal)));
        Assert.All(Five, c => Assert.Equal(1, scene.NoticesTo(c)));
    }

    /// <summary>Subscribes a crowd straight in the database, as if each had typed /dangky: the list and the session's mirror.</summary>
    private static void Seed(BroadcastScene scene, long[] crowd)
    {
        var db = scene.Bot.Get<BotDatabase>();
        var now = scene.Time.GetUtcNow().UtcDateTime;
        db.InTransaction(() =>
        {
            foreach (var citizen in crowd)
            {
                var session = new Session { Id = BotHost.Key(citizen), State = "menu", CreatedUtc = now, UpdatedUtc = now };
                NoticeSubscription.Set(session, null);
                db.Sessions.Upsert(session);
                SubscriberStore.Subscribe(db, session.Id, null, [], DateTime.UnixEpoch);
            }
        });
    }
}
