using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Tests.Survey;

/// <summary>An unhappy answer or a comment reaches staff; the citizen decides whether staff may contact them.</summary>
public class SurveyComplaintTests
{
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
}
