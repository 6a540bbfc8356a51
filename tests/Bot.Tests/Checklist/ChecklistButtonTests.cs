using OneStop.Domain.Checklist;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Checklist;

/// <summary>Buttons of older messages, forged payloads and pasted novels: a polite answer, never a crash or lost answers.</summary>
public class ChecklistButtonTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly ChatAddress Chat = new("test", "buttons");
    private readonly ConversationEngine _engine = Support.Content.Engine();
    private readonly Session _session = new();

    [Fact]
    public void An_old_button_of_an_earlier_question_answers_it_again_and_the_rest_is_asked_again()
    {
        var first = Press(ChecklistPress.Open("ket-hon"));
        var oldNo = first.AllButtons.Single(b => b.Payload.EndsWith(":n", StringComparison.Ordinal)).Payload;
        Type("có");
        Type("rồi");
        Assert.Equal("cong-dan-vn:y,du-tuoi:y", Answers("ket-hon"));

        var verdict = Press(oldNo);

        Assert.Contains("không thuộc thủ tục này", verdict.Text, StringComparison.Ordinal);
        Assert.Equal("cong-dan-vn:n", Answers("ket-hon"));
    }

    [Fact]
    public void An_answer_to_a_question_off_the_path_is_refused_politely_and_the_current_question_asked_again()
    {
        Press(ChecklistPress.Open("khai-tu"));
        Type("có");

        var reply = Press(ChecklistPress.AnswerAt("khai-tu", 1, ChecklistAnswer.Yes)); // "mất tại nhà", skipped by a "có"

        Assert.Contains("câu hỏi cũ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Câu 2", reply.Text, StringComparison.Ordinal);
        Assert.Equal("co-giay-bao-tu:y", Answers("khai-tu"));
    }

    [Fact]
    public void A_page_count_before_the_questions_are_done_is_refused_politely()
    {
        Press(ChecklistPress.Open("chung-thuc-ban-sao"));
        var reply = Press(ChecklistPress.Pages("chung-thuc-ban-sao", 3));
        Assert.Contains("câu hỏi cũ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Câu 1", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ck:no-such-procedure")]
    [InlineData("ck:ket-hon:a:1:maybe")]
    [InlineData("ck:ket-hon:p:-1")]
    [InlineData("ck:ket-hon:zzz")]
    [InlineData("on:no-such-procedure")]
    [InlineData("on:ket-hon:g:9")]
    public void A_forged_payload_gets_the_stale_button_answer(string payload)
    {
        Press(ChecklistPress.Open("ket-hon"));
        Type("có");
        var reply = Press(payload);
        Assert.Contains("không còn dùng được", reply.Text, StringComparison.Ordinal);
        Assert.Equal("cong-dan-vn:y", Answers("ket-hon"));
    }

    [Fact]
    public void A_pasted_novel_during_a_check_is_asked_again_politely()
    {
        Press(ChecklistPress.Open("ket-hon"));
        var reply = Type(string.Concat(Enumerable.Repeat("blah ", 50_000)));
        Assert.Contains("Câu 1", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ChecklistFeature.Step, _session.State);
    }

    [Fact]
    public void A_stored_value_that_was_tampered_with_is_a_fresh_start()
    {
        _session.Data["checklist.answers.ket-hon"] = "cong-dan-vn:y,du-tuoi:y|x|<script>";
        _session.Data["checklist.procedure"] = "ket-hon";
        var reply = Press(ChecklistPress.Open("ket-hon"));
        Assert.Contains("Câu 3", reply.Text, StringComparison.Ordinal);

        _session.Data["checklist.answers.ket-hon"] = "garbage";
        reply = Press(ChecklistPress.Open("ket-hon"));
        Assert.Contains("Câu 1", reply.Text, StringComparison.Ordinal);
    }

    private string? Answers(string procedure) => _session.Data.GetValueOrDefault("checklist.answers." + procedure);

    private Reply Press(string payload) => _engine.Handle(_session, Incoming.Pressed(Chat, payload), Now).Replies[^1];

    private Reply Type(string text) => _engine.Handle(_session, Incoming.Typed(Chat, text), Now).Replies[^1];
}
