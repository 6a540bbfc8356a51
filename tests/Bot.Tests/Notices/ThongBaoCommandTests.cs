using Microsoft.Extensions.Logging;
using OneStop.Bot.Notices;
using OneStop.Bot.Reminders;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using static OneStop.Bot.Tests.Notices.BroadcastScene;

namespace OneStop.Bot.Tests.Notices;

/// <summary>/thongbao as officials and strangers use it: who may do what, audiences, schedules, approval, photos.</summary>
public sealed class ThongBaoCommandTests
{
    private const long Stranger = 777;
    private static readonly long[] Citizens = [601, 602, 603];

    [Fact]
    public async Task A_citizen_who_types_thongbao_or_forges_its_buttons_is_refused_and_logged()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Citizens);
        await scene.SayAsync(Official, "/thongbao Thứ Tư này nghỉ lễ.");

        var refused = await scene.SayAsync(Stranger, "/thongbao Tin giả mạo");
        Assert.Contains("chỉ dành cho cán bộ", refused.Text);
        scene.Server.EnqueueCallback(Stranger, "tb:all:1");
        var last = scene.Server.EnqueueCallback(Stranger, "tb:now:1");
        await scene.Bot.WaitUntilHandledAsync(last);

        var broadcasts = scene.Bot.Get<BroadcastStore>();
        Assert.Equal(BroadcastStatus.Draft, broadcasts.Find(1)!.Status);
        Assert.Null(broadcasts.Find(2));
        Assert.Equal(3, scene.Bot.Log.AtLeast(LogLevel.Warning).Count(e => e.Message.Contains("Refused staff tool", StringComparison.Ordinal)));
        Assert.All(Citizens, c => Assert.Equal(0, scene.NoticesTo(c)));
    }

    [Fact]
    public async Task An_official_cannot_press_the_buttons_of_anothers_draft_and_bad_button_data_is_refused()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Citizens);
        await scene.SayAsync(Official, "/thongbao Thứ Tư này nghỉ lễ.");

        scene.Server.EnqueueCallback(Leader, "tb:all:1");
        var refused = await scene.Bot.WaitForSentToAsync(Leader, 1);
        Assert.Contains("cán bộ khác soạn", refused.Last(m => m.ChatId == Leader).Text);

        await scene.PressAsync(Official, "Theo khu vực");
        scene.Server.EnqueueCallback(Official, "tb:area:1:99");
        scene.Server.EnqueueCallback(Official, "tb:area:1:-1");
        scene.Server.EnqueueCallback(Official, "tb:now:1:x");
        scene.Server.EnqueueCallback(Official, "tb:now:1");
        await scene.Bot.WaitForSentAsync(sent => sent.Count(m => m.ChatId == Official && m.Text.Contains("không còn dùng được", StringComparison.Ordinal)) == 4);
        Assert.DoesNotContain(scene.Bot.Log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(BroadcastStatus.Draft, scene.Bot.Get<BroadcastStore>().Find(1)!.Status);
    }

    [Fact]
    public async Task A_notice_for_some_areas_reaches_only_those_who_chose_them()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Citizens);
        scene.Server.EnqueueCallback(601, "nt:a:0");
        scene.Server.EnqueueCallback(602, "nt:a:1");
        await scene.Bot.WaitForSentAsync(sent => sent.Count(m => m.Text.Contains("ghi nhận khu vực", StringComparison.Ordinal)) == 2);

        await scene.SayAsync(Official, "/thongbao Thôn Vạn Giã cúp nước sáng mai.");
        await scene.PressAsync(Official, "Theo khu vực");
        var ticked = await scene.PressAsync(Official, "Vạn Giã (cũ)");
        Assert.Equal("editMessageReplyMarkup", ticked.Method);
        Assert.Contains(ticked.InlineButtons.SelectMany(r => r), b => b.Text == "✅ Vạn Giã (cũ)");
        var summary = await scene.PressAsync(Official, "Xong", answers: 2);
        Assert.Contains("Số người nhận: 1", summary.Text);
        Assert.Contains("Vạn Giã (cũ)", summary.Text);
        await scene.PressAsync(Official, "Gửi ngay");
        await scene.ReportAsync();

        Assert.Equal([1, 0, 0], Citizens.Select(scene.NoticesTo));
    }

    [Fact]
    public async Task A_scheduled_notice_waits_for_its_time_and_can_be_cancelled_until_then()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Citizens);

        await scene.SayAsync(Official, "/thongbao Chiều nay nghỉ họp.");
        await scene.PressAsync(Official, "Tất cả người đăng ký", answers: 2);
        var ask = await scene.PressAsync(Official, "Hẹn giờ");
        Assert.Contains("gõ giờ gửi", ask.Text);
        Assert.Contains("Giờ này đã qua", (await scene.SayAsync(Official, "hôm nay 8:00")).Text);
        var scheduled = await scene.SayAsync(Official, "9:30");
        Assert.Contains("Thứ Ba, 01/12/2026, 9 giờ 30", scheduled.Text);

        var listed = await scene.SayAsync(Official, "/thongbao ds", answers: 2);
        Assert.Contains("#1", listed.Text);
        await scene.AdvanceUntilAsync(() => scene.Time.GetUtcNow() >= BotHost.Morning.AddMinutes(20), stepSeconds: 30);
        Assert.All(Citizens, c => Assert.Equal(0, scene.NoticesTo(c)));

        var cancelled = await scene.PressAsync(Official, "Hủy lịch gửi");
        Assert.Contains("Đã hủy", cancelled.Text);
        await scene.AdvanceUntilAsync(() => scene.Time.GetUtcNow() >= BotHost.Morning.AddMinutes(40), stepSeconds: 30);
        Assert.All(Citizens, c => Assert.Equal(0, scene.NoticesTo(c)));
        Assert.Equal(BroadcastStatus.Cancelled, scene.Bot.Get<BroadcastStore>().Find(1)!.Status);
    }

    [Fact]
    public async Task Typed_hen_schedules_from_the_preview_and_the_notice_starts_on_time()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Citizens);
        await scene.SayAsync(Official, "/thongbao Thứ Tư này nghỉ lễ.");
        await scene.PressAsync(Official, "Tất cả người đăng ký", answers: 2);
        await scene.SayAsync(Official, "/thongbao hẹn 9:10");

        await scene.AdvanceUntilAsync(() => scene.Time.GetUtcNow() >= BotHost.Morning.AddMinutes(9), stepSeconds: 30);
        Assert.All(Citizens, c => Assert.Equal(0, scene.NoticesTo(c)));
        await scene.ReportAsync(stepSeconds: 0.5);
        Assert.All(Citizens, c => Assert.Equal(1, scene.NoticesTo(c)));
        Assert.True(scene.Server.SentTo(Citizens[0])[^1].At >= BotHost.Morning.AddMinutes(10));
    }

    [Fact]
    public async Task With_approval_required_a_leader_other_than_the_author_must_approve_before_anyone_gets_it()
    {
        await using var scene = await StartAsync(new Dictionary<string, string?> { ["Broadcast:RequireApproval"] = "true" });
        await scene.SubscribeAsync(Citizens);
        await scene.SayAsync(Official, "/thongbao Từ tháng sau nhận hồ sơ sáng thứ Bảy.");
        await scene.PressAsync(Official, "Tất cả người đăng ký", answers: 2);
        var waiting = await scene.PressAsync(Official, "Gửi ngay");
        Assert.Contains("chờ một lãnh đạo khác duyệt", waiting.Text);
        var request = (await scene.Bot.WaitForSentToAsync(Leader, 1)).Last(m => m.ChatId == Leader);
        Assert.Contains("Cần duyệt", request.Text);
        Assert.Contains("nhận hồ sơ sáng thứ Bảy", request.Text);

        scene.Server.EnqueueCallback(Official, scene.ButtonData(Leader, "Duyệt"));
        await scene.Bot.WaitForSentAsync(sent => sent.Any(m => m.ChatId == Official && m.Text.Contains("lãnh đạo khác (không phải người soạn)", StringComparison.Ordinal)));
        await scene.AdvanceUntilAsync(() => scene.Time.GetUtcNow() >= BotHost.Morning.AddSeconds(10), stepSeconds: 1);
        Assert.All(Citizens, c => Assert.Equal(0, scene.NoticesTo(c)));

        var approved = await scene.PressAsync(Leader, "Duyệt");
        Assert.Contains("Đã được duyệt", approved.Text);
        await scene.ReportAsync();
        Assert.All(Citizens, c => Assert.Equal(1, scene.NoticesTo(c)));
        Assert.Equal($"telegram:{Leader}", scene.Bot.Get<BroadcastStore>().Find(1)!.ApprovedBy);
    }

    [Fact]
    public async Task A_photo_with_a_caption_goes_out_as_a_photo_and_a_caption_too_long_is_sent_back()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Citizens);
        await scene.SayAsync(Official, "/thongbao");
        Photo(scene, new string('x', 1100));
        await scene.Bot.WaitForSentAsync(sent => sent.Any(m => m.ChatId == Official && m.Text.Contains("Chú thích ảnh dài quá", StringComparison.Ordinal)));

        Photo(scene, "Mời bà con mang CCCD gắn chip đến làm VNeID.");
        await scene.Bot.WaitForSentAsync(sent => sent.Any(m => m.ChatId == Official && m.Text.Contains("Gửi cho ai", StringComparison.Ordinal)));
        await scene.PressAsync(Official, "Tất cả người đăng ký", answers: 2);
        Assert.Equal("sendPhoto", scene.Server.SentTo(Official)[^2].Method);
        await scene.PressAsync(Official, "Gửi ngay");
        await scene.ReportAsync();

        var photos = Citizens.Select(c => scene.Server.SentTo(c)[^1]).ToList();
        Assert.All(photos, m => Assert.Equal("sendPhoto", m.Method));
        Assert.All(photos, m => Assert.Contains("CCCD gắn chip", m.Text));
        Assert.Contains("\"photo\":\"photo-file-1\"", scene.Server.Calls.Last(c => c.Method == "sendPhoto").Body);
    }

    [Fact]
    public async Task A_draft_survives_a_restart_and_a_text_too_long_is_refused_with_the_limit()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Citizens);
        var command = scene.Server.EnqueueText(Official, "/thongbao");
        await scene.Bot.WaitUntilHandledAsync(command);
        await scene.RestartAsync();

        var tooLong = await scene.SayAsync(Official, new string('a', 4000));
        Assert.Contains("Số ký tự tối đa:", tooLong.Text);
        var audience = await scene.SayAsync(Official, "Thứ Tư này nghỉ lễ.");
        Assert.Contains("Gửi cho ai", audience.Text);
    }

    [Fact]
    public async Task A_notice_for_a_reminder_day_reaches_those_reminded_of_it_subscribed_or_not()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(601, 602);
        var reminders = ReminderStore.Reminders(scene.Bot.Get<BotDatabase>());
        foreach (var (chat, day) in new[] { (602L, "20261202"), (650L, "20261202"), (651L, "20261209") })
        {
            reminders.Insert(new StoredReminder { Id = StoredReminder.Key(BotHost.Key(chat), day), ChatKey = BotHost.Key(chat), Day = day });
        }

        await scene.SayAsync(Official, "/thongbao Thứ Tư 02/12 Trung tâm vẫn làm việc, bà con yên tâm đến.");
        var days = await scene.PressAsync(Official, "lịch nhắc một ngày");
        Assert.Equal(["Thứ Tư, 02/12/2026", "Thứ Tư, 09/12/2026"], days.InlineButtons.SelectMany(r => r).Select(b => b.Text).Take(2));
        var summary = await scene.PressAsync(Official, "Thứ Tư, 02/12/2026", answers: 2);
        Assert.Contains("Số người nhận: 2", summary.Text);
        await scene.PressAsync(Official, "Gửi ngay");
        await scene.ReportAsync();

        Assert.Equal([0, 1, 1, 0], new long[] { 601, 602, 650, 651 }.Select(scene.NoticesTo));
    }

    /// <summary>The official sends a photo with a caption (Telegram gives its sizes, largest last).</summary>
    private static void Photo(BroadcastScene scene, string caption) =>
        scene.Server.EnqueueRaw($$$"""
            {"message":{"message_id":{{{scene.Server.Calls.Count + 500}}},"date":1764554400,
             "chat":{"id":{{{Official}}},"type":"private","first_name":"Cán bộ"},
             "from":{"id":{{{Official}}},"is_bot":false,"first_name":"Cán bộ"},
             "photo":[{"file_id":"photo-file-0","file_unique_id":"p0","width":90,"height":60},
                      {"file_id":"photo-file-1","file_unique_id":"p1","width":800,"height":533}],
             "caption":{{{System.Text.Json.JsonSerializer.Serialize(caption)}}}}}
            """);
}
