using OneStop.Bot.Notices;
using OneStop.Bot.Tests.Notices;
using OneStop.Bot.Webhooks;
using OneStop.Bot.Zalo;
using OneStop.Domain.Notices;
using OneStop.FakeZaloOa;
using static OneStop.Bot.Tests.Notices.BroadcastScene;

namespace OneStop.Bot.Tests.Zalo;

/// <summary>Telegram and Zalo in one bot, billed Zalo messages allowed: a notice's preview counts the Zalo subscribers reachable free, billed and not at all.</summary>
public sealed class ZaloNoticeReachTests
{
    [Fact]
    public async Task The_preview_says_how_many_zalo_subscribers_are_reachable_free_billed_and_not_at_all()
    {
        await using var oa = await FakeZaloServer.StartAsync(new FakeZaloOptions());
        await using var scene = await StartAsync(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Zalo:AppId"] = oa.Options.AppId,
            ["Zalo:AppSecret"] = oa.Options.AppSecret,
            ["Zalo:OaSecretKey"] = oa.Options.OaSecretKey,
            ["Zalo:RefreshToken"] = oa.Options.FirstRefreshToken,
            ["Zalo:ApiBaseUrl"] = oa.BaseUrl.ToString(),
            ["Zalo:OAuthBaseUrl"] = oa.BaseUrl.ToString(),
            ["Zalo:AllowBilled"] = "true",
        });
        var webhook = new Uri(scene.Bot.Get<WebhookServer>().Addresses[0], "/zalo/webhook");

        async Task SubscribeAsync(string user)
        {
            await oa.DeliverAsync(webhook, ZaloEvents.Text(oa.Options, user, "/dangky", scene.Time.GetUtcNow()));
            await scene.Bot.WaitForSentAsync(_ => oa.SentTo(user).Count > 0);
            await oa.DeliverAsync(webhook, ZaloEvents.Text(oa.Options, user, "#" + NoticePress.Subscribe, scene.Time.GetUtcNow()));
            // The subscription itself, not "a message more": /dangky's answer may come in two parts (see ZaloNoticeTests).
            await scene.Bot.WaitForSentAsync(_ => scene.Bot.Get<SubscriberStore>().Find(ZaloChat.Address(user).Key) is not null);
        }

        await SubscribeAsync("4004000000000000003");
        scene.Time.Advance(TimeSpan.FromDays(8));
        await SubscribeAsync("4004000000000000002");
        scene.Time.Advance(TimeSpan.FromDays(3));
        await SubscribeAsync("4004000000000000001");

        await scene.SayAsync(Official, "/thongbao Thứ Tư này nghỉ lễ.");
        var summary = await scene.PressAsync(Official, "Tất cả người đăng ký", answers: 2);

        Assert.Contains("Số người nhận: 3", summary.Text);
        // The whole text on failure: xunit cuts a long string at 40 characters, which hid which count was off.
        Assert.True(summary.Text.Contains("Người nhận qua Zalo: 1 miễn phí, 1 tính phí, 1 không gửi được", StringComparison.Ordinal), summary.Text);
    }
}
