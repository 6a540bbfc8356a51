using OneStop.Bot.Delivery;
using OneStop.Bot.Storage;
using OneStop.Bot.Zalo;
using OneStop.Domain.Conversation;
using OneStop.FakeZaloOa;

namespace OneStop.Bot.Tests.Zalo;

/// <summary>Sending on Zalo against the fake OA: tokens that expire or are revoked, Zalo's errors, the 7-day window.</summary>
public sealed class ZaloDeliveryTests
{
    private const string Lan = "4002000000000000001";

    [Fact]
    public async Task A_token_that_expires_mid_run_is_refreshed_ahead_and_a_revoked_one_once_with_a_retry()
    {
        await using var scene = await ZaloScene.StartAsync();
        await scene.SayAsync(Lan, "menu");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > 0);
        Assert.Equal(1, scene.Oa.Refreshes);

        scene.Time.Advance(TimeSpan.FromHours(25));
        var before = scene.Oa.SentTo(Lan).Count;
        await scene.SayAsync(Lan, "/help");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > before);
        Assert.Equal(2, scene.Oa.Refreshes);

        scene.Oa.RevokeAccessToken();
        before = scene.Oa.SentTo(Lan).Count;
        await scene.SayAsync(Lan, "/help");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > before);
        Assert.Equal(3, scene.Oa.Refreshes);
        Assert.Equal(0, scene.Oa.RefusedRefreshes);
    }

    [Fact]
    public async Task The_rotated_refresh_token_survives_a_restart_and_the_seed_is_not_used_again()
    {
        await using var scene = await ZaloScene.StartAsync();
        await scene.SayAsync(Lan, "menu");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > 0);
        await scene.StopBotAsync();

        scene.Time.Advance(TimeSpan.FromHours(30));
        await scene.StartBotAsync();
        var before = scene.Oa.SentTo(Lan).Count;
        await scene.SayAsync(Lan, "/help");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > before);
        Assert.Equal(0, scene.Oa.RefusedRefreshes);
    }

    [Fact]
    public async Task Rate_limits_server_errors_and_dropped_connections_are_retried_and_nothing_is_lost()
    {
        await using var scene = await ZaloScene.StartAsync();
        scene.Oa.FailNextSends(-32, 500, 0);
        await scene.SayAsync(Lan, "/help");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > 0, step: TimeSpan.FromSeconds(1));
        await scene.SettledAsync();
        Assert.Empty(scene.Get<OutboxStore>().Pending());
    }

    [Fact]
    public async Task A_chat_beyond_seven_days_is_not_reached_and_stays_subscribed()
    {
        await using var scene = await ZaloScene.StartAsync();
        await scene.SayAsync(Lan, "/dangky");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > 0);
        await scene.SettledAsync();
        var chat = ZaloChat.Address(Lan);
        Assert.Equal(ChannelReach.Free, scene.Get<ZaloWindow>().Reach(chat));

        scene.Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(ChannelReach.Billed, scene.Get<ZaloWindow>().Reach(chat));
        scene.Time.Advance(TimeSpan.FromDays(5));
        Assert.Equal(ChannelReach.None, scene.Get<ZaloWindow>().Reach(chat));

        var sender = scene.Get<IEnumerable<IChannelSender>>().Single(s => s.Channel == ZaloChat.Channel);
        var refused = await sender.SendBroadcastAsync(chat, new Reply("📣 Thông báo"), new BroadcastSend(null, false), CancellationToken.None);
        var reply = await sender.SendAsync(chat, new Reply("Nhắc lịch"), CancellationToken.None);
        Assert.Equal(SendOutcome.Rejected, refused.Outcome);
        Assert.Equal(SendOutcome.Rejected, reply.Outcome);
        Assert.True(scene.Get<ConversationStore>().FindChat(chat.Key)!.Reachable);
    }

    [Theory]
    [InlineData(false, SendOutcome.Rejected)]
    [InlineData(true, SendOutcome.Sent)]
    public async Task Between_48_hours_and_7_days_a_message_goes_only_when_billed_sends_are_allowed(bool allowBilled, SendOutcome expected)
    {
        await using var scene = await ZaloScene.StartAsync(new Dictionary<string, string?> { ["Zalo:AllowBilled"] = allowBilled ? "true" : "false" });
        await scene.SayAsync(Lan, "/help");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > 0);
        await scene.SettledAsync();

        scene.Time.Advance(TimeSpan.FromDays(3));
        var sender = scene.Get<IEnumerable<IChannelSender>>().Single(s => s.Channel == ZaloChat.Channel);
        var reminder = await sender.SendAsync(ZaloChat.Address(Lan), new Reply("🔔 Nhắc lịch: sáng mai Thứ Tư"), CancellationToken.None);

        Assert.Equal(expected, reminder.Outcome);
    }

    [Fact]
    public void Zalo_errors_map_to_what_the_dispatcher_does()
    {
        Assert.Equal(SendOutcome.RetryAfter, ZaloSender.Classify(-32, "").Outcome);
        Assert.Equal(SendOutcome.Unreachable, ZaloSender.Classify(-213, "").Outcome);
        Assert.Equal(SendOutcome.Unreachable, ZaloSender.Classify(-227, "").Outcome);
        Assert.Equal(SendOutcome.Rejected, ZaloSender.Classify(-230, "").Outcome);
        Assert.Equal(SendOutcome.Rejected, ZaloSender.Classify(-232, "").Outcome);
        Assert.Equal(SendOutcome.Rejected, ZaloSender.Classify(-201, "").Outcome);
        Assert.Equal(SendOutcome.Sent, ZaloSender.Classify(0, "").Outcome);
    }
}
