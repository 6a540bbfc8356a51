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
    public void AnOldButtonOfAnEarlierQuestion_AnswersItAgain_AndTheRestIsAskedAgain()
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
    public void AnAnswerToAQuestionOffThePath_IsRefusedPolitely_AndTheCurrentQuestionAskedAgain()
    {
        Press(ChecklistPress.Open("khai-tu"));
        Type("có");

        var reply = Press(ChecklistPress.AnswerAt("khai-tu", 1, ChecklistAnswer.Yes)); // "mất tại nhà", skipped by a "có"

        Assert.Contains("câu hỏi cũ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Câu 2", reply.Text, StringComparison.Ordinal);
        Assert.Equal("co-giay-bao-tu:y", Answers("khai-tu"));
    }

    [Fact]
    public void APageCountBeforeTheQuestionsAreDone_IsRefusedPolitely()
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
    public void AForgedPayload_GetsTheStaleButtonAnswer(string payload)
    {
        Press(ChecklistPress.Open("ket-hon"));
        Type("có");
        var reply = Press(payload);
        Assert.Contains("không còn dùng được", reply.Text, StringComparison.Ordinal);
        Assert.Equal("cong-dan-vn:y", Answers("ket-hon"));
    }

    [Fact]
    public void APastedNovel_DuringACheck_IsAskedAgainPolitely()
    {
        Press(ChecklistPress.Open("ket-hon"));
        var reply = Type(string.Concat(Enumerable.Repeat("blah ", 50_000)));
        Assert.Contains("Câu 1", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ChecklistFeature.Step, _session.State);
    }

    [Fact]
    public void AStoredValueThatWasTamperedWith_IsAFreshStart()
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
