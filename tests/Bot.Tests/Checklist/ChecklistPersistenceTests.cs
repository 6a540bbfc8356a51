using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Tests.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Checklist;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Tests.Checklist;

/// <summary>A dossier check left half way is where the citizen left it, after the bot restarts (a real LiteDB file, reopened).</summary>
public sealed class ChecklistPersistenceTests : IDisposable
{
    private static readonly ChatAddress Lan = StoredConversation.Chat(41);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);

    private string Database => _folder.File("bot.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_check_left_half_way_continues_at_the_same_question_after_a_restart()
    {
        using (var first = new StoredConversation(Database, _time))
        {
            first.Press(Lan, ChecklistPress.Open("khai-tu"));
            first.Press(Lan, ChecklistPress.AnswerAt("khai-tu", 0, ChecklistAnswer.No));
            var third = first.Say(Lan, "có");
            Assert.Contains("Câu 3", third[^1].Text);
            first.Say(Lan, "menu");
        }

        _time.Advance(TimeSpan.FromDays(3));
        using var second = new StoredConversation(Database, _time);
        Assert.Equal("co-giay-bao-tu:n,mat-bat-thuong:y", second.Store.FindSession(Lan.Key)!.Data["checklist.answers.khai-tu"]);

        var card = second.Say(Lan, "khai tu");
        Assert.Contains("đang kiểm tra dở hồ sơ này (đến câu 3)", card[^1].Text);

        var resumed = second.Say(Lan, "kiem tra ho so khai tu");
        Assert.Contains("Em hỏi tiếp từ câu 3", resumed[^1].Text);
        Assert.Contains("15 ngày", resumed[^1].Text);
    }

    [Fact]
    public void Deleting_my_data_forgets_the_answers()
    {
        using var stored = new StoredConversation(Database, _time);
        stored.Press(Lan, ChecklistPress.Open("ket-hon"));
        stored.Say(Lan, "có");
        stored.Say(Lan, "/xoadulieu");
        stored.Press(Lan, ButtonPress.DeleteYes);
        Assert.Null(stored.Store.FindSession(Lan.Key));

        var fresh = stored.Press(Lan, ChecklistPress.Open("ket-hon"));
        Assert.Contains("Câu 1", fresh[^1].Text);
        Assert.DoesNotContain("đang kiểm tra dở", fresh[^1].Text);
    }
}
