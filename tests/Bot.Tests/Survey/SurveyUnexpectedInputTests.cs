using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Tests.Survey;

/// <summary>Taps out of turn, older buttons, typed answers and forged payloads in the survey.</summary>
public class SurveyUnexpectedInputTests
{
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
}
