using OneStop.Bot.Notices;
using static OneStop.Bot.Tests.Notices.BroadcastScene;

namespace OneStop.Bot.Tests.Notices;

/// <summary>/thongbao from the official's first word to the final report, over the real client and host.</summary>
public sealed class BroadcastEndToEndTests
{
    private static readonly long[] Citizens = [601, 602, 603, 604, 605];

    [Fact]
    public async Task An_official_sends_a_notice_to_everyone_each_subscriber_gets_it_once_and_the_official_gets_progress_and_a_report()
    {
        await using var scene = await StartAsync();
        await scene.SubscribeAsync(Citizens);
        scene.Server.EnqueueText(700, "xin chào");

        var ask = await scene.SayAsync(Official, "/thongbao");
        Assert.Contains("Soạn thông báo", ask.Text);
        var audience = await scene.SayAsync(Official, "Thứ Tư 02/12 Trung tâm vẫn làm việc bình thường. Mời bà con mang CCCD gắn chip.");
        Assert.Contains("Gửi cho ai", audience.Text);
        var summary = await scene.PressAsync(Official, "Tất cả người đăng ký", answers: 2);
        Assert.Contains("Số người nhận: 5", summary.Text);
        Assert.Contains("Thời gian gửi khoảng", summary.Text);
        var preview = scene.Server.SentTo(Official)[^2];
        Assert.StartsWith("📣 Thông báo của", preview.Text);

        await scene.PressAsync(Official, "Gửi ngay");
        await scene.AdvanceUntilAsync(() => Citizens.All(c => scene.NoticesTo(c) == 1)
            && scene.Server.SentTo(Official).Any(m => m.Text.Contains("Đã gửi xong", StringComparison.Ordinal)));

        Assert.All(Citizens, c => Assert.Equal(1, scene.NoticesTo(c)));
        Assert.Equal(0, scene.NoticesTo(700));
        var notice = scene.Server.SentTo(Citizens[0])[^1];
        Assert.Contains("mang CCCD gắn chip", notice.Text);
        Assert.Contains(notice.InlineButtons.SelectMany(r => r), b => b.CallbackData == "nt:off");
        var report = scene.Server.SentTo(Official).Last(m => m.Text.Contains("Đã gửi xong", StringComparison.Ordinal));
        Assert.Contains("Đã nhận: 5", report.Text);
        var progress = scene.Server.SentTo(Official).Where(m => m.Text.Contains("Đang gửi", StringComparison.Ordinal)).ToList();
        Assert.Single(progress.Select(m => m.MessageId).Distinct());
        Assert.Equal(BroadcastStatus.Done, scene.Bot.Get<BroadcastStore>().Find(1)!.Status);
    }
}
