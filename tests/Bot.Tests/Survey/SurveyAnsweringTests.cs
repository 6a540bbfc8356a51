using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Tests.Survey;

/// <summary>The survey answered as a citizen meets it, tap by tap, on the real content and engine.</summary>
public class SurveyAnsweringTests
{
    [Fact]
    public void A_fresh_Wednesday_ticket_opens_six_taps_then_the_comment_and_uses_the_ticket()
    {
        var chat = new SurveyChat();

        chat.Open(SurveyChat.WednesdayTicket, TicketCheck.Fresh);

        Assert.Contains("Kết hôn", chat.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Thứ Tư, 25/11/2026", chat.Text);
        Assert.Contains("ẩn danh", chat.Text);
        Assert.Contains("Câu 1/6", chat.Text);
        Assert.Equal(SurveyChat.WednesdayTicket, Assert.Single(chat.All<TicketRedeemed>()).Ticket);
        Assert.Equal(SurveyFeature.QuestionStep, chat.Session.State);

        foreach (var label in new[] { "Rất hài lòng", "Sớm hơn hẹn", "Một lần là xong", "Hài lòng", "Có, cán bộ viết giúp", "Có, nhận ngay" })
        {
            chat.Press(label);
        }

        Assert.Equal(SurveyFeature.CommentStep, chat.Session.State);
        chat.Press("Không có góp ý thêm");

        Assert.Contains("cảm ơn", chat.Text, StringComparison.OrdinalIgnoreCase);
        var final = chat.All<SurveyAnswered>().Last().Response;
        Assert.True(final.Complete);
        Assert.True(final.Verified);
        Assert.Equal("ket-hon", final.ProcedureId);
        Assert.Equal(new DateOnly(2026, 11, 25), final.VisitDate);
        Assert.Equal(6, final.Answers.Count);
        Assert.Equal(new SurveyAnswer("on-time", "som-hen", "Sớm hơn hẹn", 1, 2, OptionTone.Good), final.AnswerTo("on-time"));
        Assert.Equal(new SurveyAnswer("attitude", "hai-long", "Hài lòng", 7, 1, OptionTone.Fair), final.AnswerTo("attitude"));
        Assert.Null(final.AnswerTo("overall")!.Points);
        Assert.Empty(chat.All<SurveyComplaint>());
        Assert.DoesNotContain(chat.Session.Data.Keys, k => k.StartsWith("survey.", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_tap_is_stored_at_once_so_a_citizen_who_walks_away_leaves_partial_answers()
    {
        var chat = new SurveyChat();
        chat.Open(SurveyChat.WednesdayTicket with { SameDay = false }, TicketCheck.Fresh);
        Assert.Contains("Câu 1/4", chat.Text);

        chat.Press("Hài lòng");
        chat.Press("Đúng hẹn");

        var stored = chat.All<SurveyAnswered>().Select(a => a.Response).ToList();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, r => Assert.False(r.Complete));
        Assert.Single(stored.Select(r => r.Id).Distinct());
        Assert.Equal(["overall", "on-time"], stored[^1].Answers.Select(a => a.QuestionId));
    }

    [Fact]
    public void Stopping_keeps_the_answers_as_partial_and_leaves_the_survey()
    {
        var chat = new SurveyChat();
        chat.Open(SurveyChat.WednesdayTicket, TicketCheck.Fresh);
        chat.Press("Rất hài lòng");
        chat.Press("Bỏ qua");

        chat.Press("Dừng ở đây");

        var last = chat.All<SurveyAnswered>().Last().Response;
        Assert.False(last.Complete);
        Assert.Equal(["overall"], last.Answers.Select(a => a.QuestionId));
        Assert.Equal("menu", chat.Session.State);
        Assert.Contains("đã ghi lại", chat.Text);

        chat.Send("sv:a:contacts:mot-lan");
        Assert.Contains("đã kết thúc", chat.Text);
    }

    [Fact]
    public void Without_a_ticket_the_survey_asks_whether_the_visit_was_on_the_same_day_weekday()
    {
        var chat = new SurveyChat();

        chat.Type("/khaosat");
        Assert.Contains("vào Thứ Tư", chat.Text);
        chat.Type("dạ có");

        Assert.Contains("Câu 1/6", chat.Text);
        chat.Type("hai long");
        Assert.Contains("Câu 2/6", chat.Text);
        var stored = chat.All<SurveyAnswered>().Last().Response;
        Assert.False(stored.Verified);
        Assert.True(stored.SameDay);
        Assert.Null(stored.VisitDate);
        Assert.Equal("hai-long", stored.AnswerTo("overall")!.OptionId);
    }

    [Fact]
    public void Another_features_button_can_start_a_survey_about_a_known_visit()
    {
        var chat = new SurveyChat();

        chat.Send(SurveyPayload.Start("khai-tu", new DateOnly(2026, 12, 1)));
        Assert.Contains("Câu 1/4", chat.Text);
        Assert.Contains("Đăng ký khai tử", chat.Text);

        chat.Send(SurveyPayload.Start("ket-hon", new DateOnly(2026, 11, 25)));
        Assert.Contains("Câu 1/6", chat.Text);
    }

    [Fact]
    public void A_huge_comment_is_kept_to_a_thousand_characters()
    {
        var chat = new SurveyChat();
        chat.Open(SurveyChat.WednesdayTicket with { SameDay = false }, TicketCheck.Fresh);
        foreach (var label in new[] { "Rất hài lòng", "Đúng hẹn", "Một lần là xong", "Rất hài lòng" })
        {
            chat.Press(label);
        }

        chat.Type(new string('x', 50_000));

        Assert.Equal(1000, chat.All<SurveyAnswered>().Last().Response.Comment!.Length);
        Assert.Contains("cảm ơn", chat.Text, StringComparison.OrdinalIgnoreCase);
    }
}
