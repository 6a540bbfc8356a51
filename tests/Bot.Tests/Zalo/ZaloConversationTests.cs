using OneStop.Bot.Delivery;
using System.Net;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Storage;
using OneStop.Bot.Zalo;
using OneStop.FakeZaloOa;

namespace OneStop.Bot.Tests.Zalo;

/// <summary>Citizens on Zalo, end to end: signed webhook deliveries in, Zalo's /message/cs out, against the fake OA.</summary>
public sealed class ZaloConversationTests
{
    private const string Lan = "4001000000000000001";
    private const string Binh = "4001000000000000002";

    [Fact]
    public async Task A_follower_is_welcomed_taps_buttons_and_types_a_number_for_a_choice_beyond_five()
    {
        await using var scene = await ZaloScene.StartAsync();
        var (status, _) = await scene.DeliverAsync(ZaloEvents.Follow(scene.Oa.Options, Lan, scene.Time.GetUtcNow()));
        Assert.Equal(HttpStatusCode.OK, status);
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > 0);
        Assert.Contains("Kính chào", scene.Oa.SentTo(Lan)[0].Text);

        await scene.SayAsync(Lan, "menu");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Any(m => m.Buttons.Count > 0));
        var menu = scene.Oa.SentTo(Lan).Last(m => m.Buttons.Count > 0);
        Assert.All(menu.Buttons, b => Assert.True(b.Type is "oa.query.hide" or "oa.open.url" or "oa.open.phone"));
        Assert.InRange(menu.Buttons.Count, 1, FakeZaloServer.MaxButtons);

        var before = scene.Oa.SentTo(Lan).Count;
        await scene.TapAsync(Lan, "thủ tục");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > before);
        var procedures = scene.Oa.SentTo(Lan)[^1];
        Assert.Equal(FakeZaloServer.MaxButtons, procedures.Buttons.Count);
        Assert.Contains("6. ", procedures.Text);

        before = scene.Oa.SentTo(Lan).Count;
        await scene.SayAsync(Lan, "6");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > before);
        Assert.DoesNotContain("chưa hiểu", scene.Oa.SentTo(Lan)[^1].Text);
        Assert.All(scene.Oa.Sent, m => Assert.InRange(m.Text.Length, 1, FakeZaloServer.MaxText));
        Assert.DoesNotContain(scene.Log.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Forged_and_unsigned_deliveries_get_401_and_nothing_is_stored_or_answered()
    {
        await using var scene = await ZaloScene.StartAsync();
        var forged = await scene.DeliverAsync(ZaloEvents.Text(scene.Oa.Options, Lan, "menu", scene.Time.GetUtcNow()), ZaloSigning.WrongKey);
        var unsigned = await scene.DeliverAsync(ZaloEvents.Text(scene.Oa.Options, Lan, "menu", scene.Time.GetUtcNow()), ZaloSigning.NoSignature);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.Status);
        Assert.Equal(2, scene.Log.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("X-ZEvent-Signature", StringComparison.Ordinal)));
        await scene.SayAsync(Binh, "menu");
        await scene.UntilAsync(() => scene.Oa.SentTo(Binh).Count > 0);
        Assert.Empty(scene.Oa.SentTo(Lan));
    }

    [Fact]
    public async Task A_redelivered_msg_id_is_handled_once()
    {
        await using var scene = await ZaloScene.StartAsync();
        await scene.SayAsync(Lan, "/help", msgId: "msg-same");
        await scene.SettledAsync();
        var answered = scene.Oa.SentTo(Lan).Count;

        var again = await scene.SayAsync(Lan, "/help", msgId: "msg-same");
        await scene.SayAsync(Lan, "menu");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > answered);
        await scene.SettledAsync();

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(answered + 1, scene.Oa.SentTo(Lan).Count);
    }

    [Fact]
    public async Task An_event_stored_before_a_crash_is_handled_when_the_bot_starts_again()
    {
        await using var scene = await ZaloScene.StartAsync(startBot: false);
        // What the webhook did before it answered 200, with the process killed before the processor ran.
        using (var db = new BotDatabase(scene.DatabasePath))
        {
            var raw = ZaloEvents.Text(scene.Oa.Options, Lan, "menu", scene.Time.GetUtcNow(), "msg-before-crash").ToJsonString();
            Assert.True(new InboundEventStore(db).TryAdd("zalo:msg-before-crash", ZaloChat.Channel, raw, scene.Time.GetUtcNow().UtcDateTime));
        }

        scene.Oa.Interacted(Lan, scene.Time.GetUtcNow());
        await scene.StartBotAsync();
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Any(m => m.Buttons.Count > 0));
        await scene.SettledAsync();
        Assert.True(scene.Get<InboundEventStore>().IsHandled("zalo:msg-before-crash"));
    }

    [Fact]
    public async Task Every_event_kind_gets_its_answer_and_receipts_echoes_and_unknown_events_get_none()
    {
        await using var scene = await ZaloScene.StartAsync();
        var oa = scene.Oa.Options;
        var now = scene.Time.GetUtcNow();
        await scene.DeliverAsync(ZaloEvents.Text(oa, Lan, "chào", now));
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > 0);
        string[] kinds = ["user_send_image", "user_send_sticker", "user_send_gif", "user_send_file", "user_send_audio", "user_send_video", "user_send_location", "user_send_business_card"];
        foreach (var kind in kinds)
        {
            var before = scene.Oa.SentTo(Lan).Count;
            Assert.Equal(HttpStatusCode.OK, (await scene.DeliverAsync(ZaloEvents.Attachment(oa, kind, Lan, now))).Status);
            await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > before);
        }

        var captioned = scene.Oa.SentTo(Lan).Count;
        await scene.DeliverAsync(ZaloEvents.Attachment(oa, "user_send_link", Lan, now, caption: "đăng ký kết hôn cần gì"));
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > captioned);
        Assert.Contains("kết hôn", scene.Oa.SentTo(Lan)[^1].Text, StringComparison.OrdinalIgnoreCase);

        var quiet = scene.Oa.SentTo(Lan).Count;
        await scene.DeliverAsync(ZaloEvents.Receipt(oa, "user_received_message", Lan, now));
        await scene.DeliverAsync(ZaloEvents.Receipt(oa, "user_seen_message", Lan, now));
        await scene.DeliverAsync(ZaloEvents.Echo(oa, Lan, "tin của trợ lý", now));
        Assert.Equal(HttpStatusCode.OK, (await scene.DeliverAsync(ZaloEvents.Unknown(oa, Lan, now))).Status);
        await scene.SettledAsync();
        Assert.Equal(quiet, scene.Oa.SentTo(Lan).Count);
        Assert.Contains(scene.Log.Entries, e => e.Message.Contains("Unknown Zalo event", StringComparison.Ordinal));
        Assert.DoesNotContain(scene.Log.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task While_an_official_answers_in_the_OA_console_the_bot_stays_quiet_except_for_commands()
    {
        await using var scene = await ZaloScene.StartAsync();
        var oa = scene.Oa.Options;
        await scene.SayAsync(Lan, "chào");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > 0);
        await scene.DeliverAsync(ZaloEvents.Echo(oa, Lan, "Chào chị, em là cán bộ Trung tâm.", scene.Time.GetUtcNow(), adminId: "admin-7"));
        var before = scene.Oa.SentTo(Lan).Count;

        await scene.SayAsync(Lan, "cho em hỏi hồ sơ của em đến đâu rồi");
        await scene.SettledAsync();
        Assert.Equal(before, scene.Oa.SentTo(Lan).Count);

        await scene.SayAsync(Lan, "/help");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > before);

        before = scene.Oa.SentTo(Lan).Count;
        await scene.DeliverAsync(ZaloEvents.Echo(oa, Lan, "#bot", scene.Time.GetUtcNow(), adminId: "admin-7"));
        await scene.SayAsync(Lan, "menu");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > before);
    }

    [Fact]
    public async Task An_unfollow_marks_the_chat_unreachable()
    {
        await using var scene = await ZaloScene.StartAsync();
        await scene.SayAsync(Lan, "/dangky");
        await scene.UntilAsync(() => scene.Oa.SentTo(Lan).Count > 0);

        await scene.DeliverAsync(ZaloEvents.Follow(scene.Oa.Options, Lan, scene.Time.GetUtcNow(), follow: false));
        await scene.SettledAsync();

        Assert.False(scene.Get<ConversationStore>().FindChat(ZaloChat.Address(Lan).Key)!.Reachable);
        Assert.Equal(ChannelReach.None, scene.Get<ZaloWindow>().Reach(ZaloChat.Address(Lan)));
    }
}
