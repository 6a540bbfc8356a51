using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Tests.Survey;

/// <summary>A ticket's deep link: used, opened again, expired, forged, or not a ticket at all.</summary>
public class SurveyTicketTests
{
    [Fact]
    public void A_used_ticket_is_explained_and_the_survey_without_a_ticket_is_offered()
    {
        var chat = new SurveyChat();

        chat.Open(SurveyChat.WednesdayTicket, TicketCheck.Used);

        Assert.Contains("đã được dùng", chat.Text);
        Assert.Empty(chat.All<TicketRedeemed>());
        chat.Press("Góp ý không cần phiếu");
        Assert.Contains("Thứ Tư, ngày “không viết, không hẹn”", chat.Text);
    }

    [Fact]
    public void Opening_ones_own_ticket_again_carries_on_where_one_stopped()
    {
        var chat = new SurveyChat();
        chat.Open(SurveyChat.WednesdayTicket, TicketCheck.Fresh);
        chat.Press("Rất hài lòng");
        chat.Type("menu");

        chat.Open(SurveyChat.WednesdayTicket, TicketCheck.Used);

        Assert.Contains("trả lời tiếp", chat.Text);
        Assert.Contains("Câu 2/6", chat.Text);
        Assert.Single(chat.All<TicketRedeemed>());
    }

    [Fact]
    public void An_expired_ticket_says_until_when_it_was_valid()
    {
        var chat = new SurveyChat();

        chat.Open(SurveyChat.WednesdayTicket with { ExpiresOn = new DateOnly(2026, 11, 30) }, TicketCheck.Fresh);

        Assert.Contains("hết hạn", chat.Text);
        Assert.Contains("30/11/2026", chat.Text);
        Assert.Empty(chat.All<TicketRedeemed>());
        Assert.Empty(chat.All<SurveyAnswered>());
    }

    [Fact]
    public void A_forged_or_unchecked_ticket_gets_a_polite_explanation()
    {
        var forged = new SurveyChat();
        forged.Open(SurveyChat.WednesdayTicket, TicketCheck.Forged);
        Assert.Contains("không đọc được phiếu", forged.Text);

        var noContext = new SurveyChat();
        noContext.Type("/start svAAAA");
        Assert.Contains("không đọc được phiếu", noContext.Text);
        Assert.Empty(noContext.All<TicketRedeemed>());
    }

    [Fact]
    public void A_deep_link_that_is_not_a_ticket_still_gets_the_welcome()
    {
        var chat = new SurveyChat();

        chat.Type("/start hello");

        Assert.Contains("Kính chào", chat.Text);
        Assert.Equal("menu", chat.Session.State);
    }
}
