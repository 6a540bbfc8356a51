using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Tests.Survey;

/// <summary>The survey as a citizen meets it, on the real content and engine.</summary>
public class SurveyFlowTests
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
    public void Khong_hai_long_reaches_staff_at_once_with_the_visit_and_answers_but_not_the_citizen()
    {
        var chat = new SurveyChat();
        chat.Open(SurveyChat.WednesdayTicket, TicketCheck.Fresh);

        chat.Press("Không hài lòng");

        var complaint = Assert.Single(chat.All<SurveyComplaint>());
        Assert.Contains("Đăng ký kết hôn", complaint.Text);
        Assert.Contains("Thứ Tư, 25/11/2026", complaint.Text);
        Assert.Contains("Mức độ hài lòng chung: Không hài lòng", complaint.Text);
        Assert.Contains("Có phiếu", complaint.Text);
        Assert.Contains(complaint.Reference, complaint.Text);
        Assert.DoesNotContain(chat.Chat.Id, complaint.Text);
        Assert.Contains("Câu 2/6", chat.Text);
    }

    [Fact]
    public void A_comment_reaches_staff_and_the_citizen_decides_whether_staff_may_contact_them()
    {
        var chat = new SurveyChat();
        chat.Type("/khaosat");
        chat.Press("Ngày khác");
        chat.Press("Không hài lòng");
        var reference = Assert.Single(chat.All<SurveyComplaint>()).Reference;
        foreach (var label in new[] { "Trễ hẹn", "Ba lần trở lên", "Hài lòng" })
        {
            chat.Press(label);
        }

        chat.Type("Phải đi lại ba lần vì thiếu giấy, không ai nói trước.");

        var withComment = chat.All<SurveyComplaint>().Last();
        Assert.Equal(reference, withComment.Reference);
        Assert.Contains("“Phải đi lại ba lần vì thiếu giấy, không ai nói trước.”", withComment.Text);
        Assert.Contains("Không có phiếu", withComment.Text);
        Assert.Contains("Cán bộ có thể liên hệ tôi", string.Join(" | ", chat.Buttons.Select(b => b.Label)));
        Assert.Empty(chat.All<SurveyContactAgreed>());

        chat.Press("Cán bộ có thể liên hệ tôi");

        Assert.Equal(reference, Assert.Single(chat.All<SurveyContactAgreed>()).Reference);
        Assert.Contains("đã báo cán bộ", chat.Text);
        chat.Send("sv:contact:yes");
        Assert.Single(chat.All<SurveyContactAgreed>());
    }

    [Fact]
    public void Declining_contact_sends_nothing_more()
    {
        var chat = new SurveyChat();
        chat.Open(SurveyChat.WednesdayTicket with { SameDay = false }, TicketCheck.Fresh);
        chat.Press("Không hài lòng");
        chat.Press("Dừng ở đây");

        chat.Press("Không cần");

        Assert.Empty(chat.All<SurveyContactAgreed>());
        Assert.DoesNotContain(chat.Session.Data.Keys, k => k.StartsWith("survey.", StringComparison.Ordinal));
    }

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

    [Theory]
    [InlineData("sv:a:overall:nope")]
    [InlineData("sv:a:nope:co")]
    [InlineData("sv:start:nope")]
    [InlineData("sv:start:ket-hon:20271231")]
    [InlineData("sv:start:ket-hon:2026")]
    [InlineData("sv:zzz")]
    [InlineData("sv:day:maybe")]
    public void Forged_payloads_are_refused_politely(string payload)
    {
        var chat = new SurveyChat();
        chat.Type("/khaosat");

        chat.Send(payload);

        Assert.Contains(chat.Session.Data.Keys, k => k == "survey.id");
        Assert.Empty(chat.All<SurveyAnswered>());
        Assert.DoesNotContain("Câu", chat.Text);
    }

    [Fact]
    public void A_tap_on_a_question_not_asked_yet_only_shows_the_current_one_again()
    {
        var chat = new SurveyChat();
        chat.Open(SurveyChat.WednesdayTicket, TicketCheck.Fresh);

        chat.Send("sv:a:same-day-result:khong");

        Assert.Empty(chat.All<SurveyAnswered>());
        Assert.Contains("Câu 1/6", chat.Text);
    }

    [Fact]
    public void An_older_button_changes_an_earlier_answer()
    {
        var chat = new SurveyChat();
        chat.Open(SurveyChat.WednesdayTicket, TicketCheck.Fresh);
        chat.Press("Hài lòng");

        chat.Send("sv:a:overall:rat-hai-long");

        Assert.Contains("đã sửa", chat.Text);
        Assert.Contains("Câu 2/6", chat.Text);
        Assert.Equal("rat-hai-long", chat.All<SurveyAnswered>().Last().Response.AnswerTo("overall")!.OptionId);
    }

    [Fact]
    public void Typing_instead_of_tapping_gets_a_hint_and_global_words_still_work()
    {
        var chat = new SurveyChat();
        chat.Open(SurveyChat.WednesdayTicket, TicketCheck.Fresh);

        chat.Type("cũng được");
        Assert.Contains("bấm một nút", chat.Text);
        Assert.Contains("Câu 1/6", chat.Text);

        chat.Type("menu");
        Assert.Equal("menu", chat.Session.State);
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
