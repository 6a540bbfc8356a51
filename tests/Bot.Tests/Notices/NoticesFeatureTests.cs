using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;

namespace OneStop.Bot.Tests.Notices;

/// <summary>The notices feature in the real engine on the real content: what it says, and the effects it asks for.</summary>
public class NoticesFeatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly ConversationEngine _engine = Support.Content.Engine();
    private readonly ChatAddress _chat = new("test", "1");
    private readonly Session _session = new();

    private Outcome Type(string text) => _engine.Handle(_session, Incoming.Typed(_chat, text), Now);

    private Outcome Press(string payload) => _engine.Handle(_session, Incoming.Pressed(_chat, payload), Now);

    /// <summary>/dangky explains what is kept and asks first; agreeing subscribes.</summary>
    private Outcome Subscribe()
    {
        Type("/dangky");
        return Press(NoticePress.Subscribe);
    }

    [Fact]
    public void Dangky_asks_for_consent_first_then_subscribes_says_what_is_kept_and_offers_the_areas()
    {
        Type("/start");
        var asked = Type("/dangky");
        Assert.Empty(asked.Effects);
        Assert.False(NoticeSubscription.IsOn(_session));
        Assert.Contains(asked.Replies.Single().AllButtons, b => b.Payload == NoticePress.Subscribe);

        var outcome = Press(NoticePress.Subscribe);

        var subscribe = Assert.IsType<SubscribeToNotices>(Assert.Single(outcome.Effects));
        Assert.Null(subscribe.Area);
        Assert.True(NoticeSubscription.IsOn(_session));
        Assert.Equal(NoticesFeature.AreaStep, _session.State);
        var reply = Assert.Single(outcome.Replies);
        Assert.Contains("Em không lưu tên", Support.Content.Real.Messages["notices.about"]);
        Assert.Contains("/huy", reply.Text);
        Assert.Contains(reply.AllButtons, b => b.Label == "Vạn Giã (cũ)" && b.Payload == "nt:a:0");
    }

    [Fact]
    public void Choosing_an_area_by_button_or_by_name_records_it()
    {
        Subscribe();
        var pressed = Press("nt:a:2");
        Assert.Equal("Vạn Lương (cũ)", Assert.IsType<SubscribeToNotices>(Assert.Single(pressed.Effects)).Area);
        Assert.Equal("menu", _session.State);

        Press(NoticePress.ShowAreas);
        var typed = Type("van phu");
        Assert.Equal("Vạn Phú (cũ)", Assert.IsType<SubscribeToNotices>(Assert.Single(typed.Effects)).Area);
        Assert.Equal("Vạn Phú (cũ)", NoticeSubscription.Area(_session));
    }

    [Fact]
    public void Slash_huy_cancels_the_step_and_stops_notices_and_says_how_to_come_back()
    {
        Subscribe();
        var outcome = Type("/huy");

        Assert.IsType<StopNotices>(Assert.Single(outcome.Effects));
        Assert.False(NoticeSubscription.IsOn(_session));
        Assert.Equal("menu", _session.State);
        Assert.Equal(2, outcome.Replies.Count);
        Assert.Contains("đã dừng việc đang làm", outcome.Replies[0].Text);
        Assert.Contains("/dangky", outcome.Replies[1].Text);
        Assert.Contains(outcome.Replies[1].AllButtons, b => b.Payload == NoticePress.Subscribe);
    }

    [Theory]
    [InlineData("hủy đăng ký")]
    [InlineData("stop")]
    [InlineData("khong nhan thong bao nua a")]
    public void Opting_out_in_words_stops_notices(string text)
    {
        Subscribe();
        var outcome = Type(text);
        Assert.IsType<StopNotices>(Assert.Single(outcome.Effects));
        Assert.Contains("ngừng gửi thông báo", Assert.Single(outcome.Replies).Text);
    }

    [Fact]
    public void The_bare_word_huy_only_cancels_and_reminds_a_subscriber_how_to_stop_notices()
    {
        Subscribe();
        var outcome = Type("huỷ");
        Assert.Empty(outcome.Effects);
        Assert.True(NoticeSubscription.IsOn(_session));
        Assert.Contains(outcome.Replies[^1].AllButtons, b => b.Payload == NoticePress.Unsubscribe);

        var notSubscribed = new Session();
        var plain = _engine.Handle(notSubscribed, Incoming.Typed(_chat, "huỷ"), Now);
        Assert.Single(plain.Replies, r => r.Text.Contains("đã dừng", StringComparison.Ordinal));
        Assert.DoesNotContain(plain.Replies, r => r.AllButtons.Any(b => b.Payload == NoticePress.Unsubscribe));
    }

    [Fact]
    public void A_subscriber_who_blocks_the_bot_is_unsubscribed_and_a_stranger_is_only_marked()
    {
        Subscribe();
        var blocked = _engine.Handle(_session, new Incoming(_chat, IncomingKind.Blocked), Now);
        Assert.Contains(blocked.Effects, e => e is ConversationEffect.SetReachable { Reachable: false });
        Assert.Contains(blocked.Effects, e => e is StopNotices);
        Assert.Empty(blocked.Replies);

        var stranger = _engine.Handle(new Session(), new Incoming(new ChatAddress("test", "2"), IncomingKind.Blocked), Now);
        Assert.Equal([new ConversationEffect.SetReachable(false)], stranger.Effects);
    }

    [Fact]
    public void Cards_a_subscriber_opens_are_noted_once_each_and_a_strangers_not_at_all()
    {
        var stranger = Type("dang ky ket hon can gi");
        Assert.DoesNotContain(stranger.Effects, e => e is NoteNoticeInterest);

        Type("/menu");
        Subscribe();
        Press("nt:a:none");
        var first = Type("dang ky ket hon can gi");
        Assert.Equal(new NoteNoticeInterest("ket-hon"), Assert.Single(first.Effects.OfType<NoteNoticeInterest>()));
        var again = Press("p:ket-hon:Fee");
        Assert.Empty(again.Effects.OfType<NoteNoticeInterest>());
        Assert.Equal(["ket-hon"], NoticeSubscription.Asked(_session));
    }

    [Fact]
    public void Subscribing_from_a_card_counts_that_procedure()
    {
        Type("khai tử cần gì");
        var asked = Type("nhận thông báo");
        Assert.Empty(asked.Effects);
        var outcome = Press(NoticePress.Subscribe);
        Assert.Equal(["khai-tu"], Assert.IsType<SubscribeToNotices>(Assert.Single(outcome.Effects)).Procedures);
    }

    [Theory]
    [InlineData("nt:a:3")]
    [InlineData("nt:a:59")]
    [InlineData("nt:bogus")]
    [InlineData("nt:a:-1")]
    public void Forged_buttons_get_the_stale_answer_and_change_nothing(string payload)
    {
        Subscribe();
        var outcome = Press(payload);
        Assert.Empty(outcome.Effects);
        Assert.Contains("không còn dùng được", Assert.Single(outcome.Replies).Text);
        Assert.Null(NoticeSubscription.Area(_session));
    }

    [Fact]
    public void Opting_out_when_the_session_knows_no_subscription_says_so_and_still_asks_the_list_to_forget()
    {
        var outcome = Press(NoticePress.Unsubscribe);
        Assert.IsType<StopNotices>(Assert.Single(outcome.Effects));
        Assert.Contains(outcome.Replies[^1].AllButtons, b => b.Payload == NoticePress.Subscribe);
    }
}
