using OneStop.Bot.Notices;
using OneStop.Bot.Zalo;
using OneStop.Domain.Notices;
using OneStop.FakeZaloOa;

namespace OneStop.Bot.Tests.Zalo;

/// <summary>
/// A bot on Zalo alone: an official listed with a Zalo id sends a notice from the OA chat; it goes to the subscribers
/// Zalo's window lets it reach (billed sends off, the default), and the report says how many were reached free,
/// billed and not at all. Zalo cannot edit a message, so the progress comes once, then the report.
/// </summary>
public sealed class ZaloNoticeTests
{
    private const string Official = "4007000000000000009";
    private const string Recent = "4007000000000000001";
    private const string ThreeDays = "4007000000000000002";
    private const string EightDays = "4007000000000000003";

    [Fact]
    public async Task An_official_on_zalo_sends_a_notice_and_the_report_splits_zalo_recipients_by_the_window()
    {
        await using var scene = await ZaloScene.StartAsync(new Dictionary<string, string?>
        {
            ["Staff:Members:0:ZaloId"] = Official,
            ["Staff:Members:0:Role"] = "official",
        });

        await SubscribeAsync(scene, EightDays);
        scene.Time.Advance(TimeSpan.FromDays(5));
        await SubscribeAsync(scene, ThreeDays);
        scene.Time.Advance(TimeSpan.FromDays(3));
        await SubscribeAsync(scene, Recent);

        var preview = await OfficialAsync(scene, () => scene.SayAsync(Official, "/thongbao Thứ Tư tuần này Trung tâm vẫn làm việc bình thường."), "Tất cả người đăng ký");
        // The whole text on failure: xunit cuts a long string at 40 characters, which hid which count was off (1 red in 100 runs).
        Assert.True(preview.Text.Contains("Người nhận qua Zalo: 1 miễn phí, 0 tính phí, 2 không gửi được", StringComparison.Ordinal), preview.Text);

        var sentBefore = scene.Oa.SentTo(Official).Count;
        await scene.TapAsync(Official, "Gửi ngay");
        await scene.UntilAsync(() => scene.Oa.SentTo(Official).Any(m => m.Text.Contains("Đã gửi xong thông báo", StringComparison.Ordinal)), step: TimeSpan.FromSeconds(1));
        await scene.SettledAsync();

        var report = scene.Oa.SentTo(Official).Last(m => m.Text.Contains("Đã gửi xong thông báo", StringComparison.Ordinal));
        Assert.Contains("Qua Zalo: 1 đã nhận miễn phí, 0 đã nhận, tính phí, 2 không gửi được", report.Text);
        Assert.Contains(scene.Oa.SentTo(Recent), m => m.Text.Contains("vẫn làm việc bình thường", StringComparison.Ordinal));
        Assert.DoesNotContain(scene.Oa.SentTo(ThreeDays), m => m.Text.Contains("vẫn làm việc bình thường", StringComparison.Ordinal));
        Assert.DoesNotContain(scene.Oa.SentTo(EightDays), m => m.Text.Contains("vẫn làm việc bình thường", StringComparison.Ordinal));
        Assert.True(scene.Oa.SentTo(Official).Skip(sentBefore).Count(m => m.Text.Contains("Đang gửi thông báo", StringComparison.Ordinal)) <= 1);
    }

    private static async Task SubscribeAsync(ZaloScene scene, string user)
    {
        await scene.SayAsync(user, "/dangky");
        await scene.UntilAsync(() => scene.Oa.SentTo(user).Count > 0);
        await scene.SayAsync(user, "#" + NoticePress.Subscribe);
        // Waits for the subscription itself, not for "a message more", which another part of /dangky's answer could meet:
        // the test then moved the clock on days before the subscription was stored (1 red in about 100 runs).
        await scene.UntilAsync(() => scene.Get<SubscriberStore>().Find(ZaloChat.Address(user).Key) is not null);
        await scene.SettledAsync();
    }

    /// <summary>The official does something, then taps <paramref name="tap"/> on the answer; returns what came back.</summary>
    private static async Task<SentZaloMessage> OfficialAsync(ZaloScene scene, Func<Task> act, string tap)
    {
        var before = scene.Oa.SentTo(Official).Count;
        await act();
        await scene.UntilAsync(() => scene.Oa.SentTo(Official).Any(m => m.Buttons.Any(b => b.Title.Contains(tap, StringComparison.Ordinal))));
        before = scene.Oa.SentTo(Official).Count;
        await scene.TapAsync(Official, tap);
        await scene.UntilAsync(() => scene.Oa.SentTo(Official).Skip(before).Any(m => m.Text.Contains("Số người nhận", StringComparison.Ordinal)));
        return scene.Oa.SentTo(Official).Skip(before).First(m => m.Text.Contains("Số người nhận", StringComparison.Ordinal));
    }
}
