using OneStop.Bot.Hosting;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;
using static OneStop.Bot.Tests.Handover.HandoverScene;

namespace OneStop.Bot.Tests.Handover;

/// <summary>
/// The officials' desk and the clock: /hoidap, closing, reminders after office time, wording out of hours, deletion,
/// and restarts between an official's reply and its delivery.
/// </summary>
public sealed class HandoverDeskTests : IAsyncLifetime, IDisposable
{
    private const long Citizen = 7201;

    private readonly TempFolder _folder = new();
    private HandoverScene _scene = null!;

    private FakeTelegramServer Server => _scene.Server;

    public async Task InitializeAsync() => _scene = await HandoverScene.StartAsync(_folder);

    public async Task DisposeAsync() => await _scene.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Hoidap_lists_open_questions_answers_one_by_its_code_and_closes_it()
    {
        var (code, _) = await _scene.AskAsync(Citizen, "Xác nhận tình trạng hôn nhân mất mấy ngày?");

        Server.EnqueueText(Official, "/hoidap");
        var list = await LastToAsync(Official, m => m.Text.Contains("Câu hỏi đang mở (1)", StringComparison.Ordinal));
        Assert.Contains($"#{code}", list.Text);
        Assert.Contains("mất mấy ngày", list.Text);
        Assert.Contains("chưa trả lời", list.Text);

        Server.EnqueueText(Official, $"/hoidap {code.ToLowerInvariant()} Dạ, thường trong 3 ngày làm việc ạ.");
        await _scene.Bot.WaitForSentAsync(_ => _scene.AnswersTo(Citizen).Count == 1);
        Assert.Contains("Cán bộ trả lời: Dạ, thường trong 3 ngày làm việc ạ.", _scene.AnswersTo(Citizen)[0].Text);

        var close = list.InlineButtons.SelectMany(r => r).Single(b => b.Text.Contains(code, StringComparison.Ordinal)).CallbackData!;
        Server.EnqueueCallback(Official, close, list.MessageId);
        await LastToAsync(Official, m => m.Text.Contains($"Đã đóng câu hỏi #{code}", StringComparison.Ordinal));
        Assert.False(_scene.Store.Find(code)!.IsOpen);

        // Closed by an official: the citizen's next message is not added to it; a new question is offered.
        var probe = Server.EnqueueText(Citizen, "Còn một việc nữa ạ");
        await LastToAsync(Citizen, m => m.Text.Contains("câu hỏi trước của ông/bà đã được đóng", StringComparison.Ordinal));
        await _scene.Bot.WaitUntilHandledAsync(probe);
        Assert.DoesNotContain(Server.SentTo(Group), m => m.Text.Contains("Còn một việc nữa", StringComparison.Ordinal));

        Server.EnqueueText(Official, "/hoidap");
        await LastToAsync(Official, m => m.Text.Contains("Không có câu hỏi nào đang mở", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_citizen_closes_the_question_and_the_group_is_told()
    {
        var (code, inGroup) = await _scene.AskAsync(Citizen, "Chứng thực bản sao hết bao nhiêu tiền?");
        _scene.ReplyInGroup(Official, inGroup, "2.000 đồng một trang ạ.");
        await _scene.Bot.WaitForSentAsync(_ => _scene.AnswersTo(Citizen).Count == 1);
        var answer = _scene.AnswersTo(Citizen)[0];

        Server.EnqueueCallback(Citizen, answer.InlineButtons.SelectMany(r => r).Single(b => b.Text.Contains("Đã rõ", StringComparison.Ordinal)).CallbackData!, answer.MessageId);
        await LastToAsync(Citizen, m => m.Text.Contains($"Em đã đóng câu hỏi #{code}", StringComparison.Ordinal));
        await LastToAsync(Group, m => m.Text.Contains($"Người hỏi đã đóng câu hỏi #{code}", StringComparison.Ordinal));
        Assert.False(_scene.Store.Find(code)!.IsOpen);
    }

    [Fact]
    public async Task Out_of_office_hours_the_citizen_is_told_when_the_staff_will_see_the_question()
    {
        // Saturday 05/12/2026, 10:00 in the commune: the desk opens again on Monday at 7.
        _scene.Time.SetUtcNow(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(7)));
        Server.EnqueueText(Citizen, "có ai trực không");
        var intro = await LastToAsync(Citizen, m => m.Text.Contains("gõ câu hỏi vào tin nhắn tiếp theo", StringComparison.Ordinal));
        Assert.Contains("Bây giờ ngoài giờ làm việc, cán bộ sẽ xem câu hỏi từ 7 giờ, Thứ Hai, 07/12/2026.", intro.Text);

        Server.EnqueueText(Citizen, "Tôi cần bản sao giấy kết hôn gấp");
        var sent = await LastToAsync(Citizen, m => m.Text.Contains("Em đã chuyển câu hỏi", StringComparison.Ordinal));
        Assert.Contains("Bây giờ ngoài giờ làm việc: cán bộ sẽ xem câu hỏi từ 7 giờ, Thứ Hai, 07/12/2026.", sent.Text);
    }

    [Fact]
    public async Task An_unanswered_question_is_raised_again_after_four_office_hours_and_a_reply_to_the_reminder_answers_it()
    {
        // Asked on Tuesday at 9:00: 2 h 30 of the morning session and 1 h 30 of the afternoon make 15:00.
        var (code, _) = await _scene.AskAsync(Citizen, "Tôi cần xác nhận cư trú thì làm ở đâu?");
        await _scene.Bot.AdvanceUntilAsync(() => Server.SentTo(Group).Any(IsReminder), TimeSpan.FromMinutes(10));

        var local = TimeZoneInfo.ConvertTime(_scene.Time.GetUtcNow(), CommuneZone.Zone);
        Assert.InRange(local.TimeOfDay, new TimeSpan(15, 0, 0), new TimeSpan(15, 11, 0));
        var reminder = Server.SentTo(Group).Single(IsReminder);
        Assert.Contains($"#{code}", reminder.Text);
        Assert.Contains("xác nhận cư trú", reminder.Text);
        await _scene.RecordedAsync(code, reminder);

        _scene.ReplyInGroup(Official, reminder, "Xác nhận cư trú do Công an xã giải quyết ạ.", quoteText: false);
        await _scene.Bot.WaitForSentAsync(_ => _scene.AnswersTo(Citizen).Count == 1);

        // Answered: nothing is raised again, however long it waits.
        _scene.Time.Advance(TimeSpan.FromDays(3));
        Assert.Empty(_scene.Reminders.RunDue());
    }

    [Fact]
    public async Task Deleting_my_data_removes_the_citizen_s_questions_and_a_late_reply_finds_nothing()
    {
        var (code, inGroup) = await _scene.AskAsync(Citizen, "Tôi ở thôn nào thì thuộc xã Vạn Ninh?");
        Server.EnqueueText(Citizen, "/xoadulieu");
        await LastToAsync(Citizen, m => m.InlineButtons.SelectMany(r => r).Any(b => b.CallbackData == "del:yes"));
        Server.EnqueueCallback(Citizen, "del:yes");
        await LastToAsync(Citizen, m => m.Text.Contains("Em đã xoá toàn bộ dữ liệu", StringComparison.Ordinal));

        Assert.Null(_scene.Store.Find(code));
        Assert.Empty(_scene.Store.OfChat(BotHost.Key(Citizen)));
        Assert.Null(_scene.Store.OpenCodeOf(BotHost.Key(Citizen)));

        var reply = _scene.ReplyInGroup(Official, inGroup, "Dạ, thôn nào cũng thuộc xã ạ.");
        await LastToAsync(Group, m => m.Text.Contains($"Không tìm thấy câu hỏi #{code}", StringComparison.Ordinal));
        await _scene.Bot.WaitUntilHandledAsync(reply);
        Assert.Empty(_scene.AnswersTo(Citizen));
    }

    [Fact]
    public async Task A_restart_between_the_official_s_reply_and_its_delivery_delivers_it_once()
    {
        var (code, inGroup) = await _scene.AskAsync(Citizen, "Khai tử cho người mất ở bệnh viện cần gì?");

        // Telegram fails both sends (the answer, and the note to the group); the bot backs off, then stops.
        var attempts = Server.Calls.Count(c => c.Method == "sendMessage");
        Server.FailNextSends(2, 502);
        var reply = _scene.ReplyInGroup(Official, inGroup, "Ông/bà mang giấy báo tử của bệnh viện ạ.");
        await _scene.Bot.WaitForSentAsync(_ => Server.Calls.Count(c => c.Method == "sendMessage") >= attempts + 2);
        Assert.Empty(_scene.AnswersTo(Citizen));

        // As if the bot had died after committing the answer but before confirming the update: Telegram sends it again,
        // and the channel position does not cover it.
        await _scene.RestartAsync(betweenRuns: () =>
        {
            using var db = new BotDatabase(_scene.Database);
            db.Positions.DeleteAll();
        });
        Server.Redeliver(reply);
        var probe = Server.EnqueueText(Citizen + 1, "/start");
        await _scene.Bot.WaitUntilHandledAsync(probe);
        await _scene.Bot.WaitForSentAsync(_ => _scene.AnswersTo(Citizen).Count >= 1);

        Assert.Single(_scene.AnswersTo(Citizen));
        Assert.Single(_scene.Store.Find(code)!.DeliveredAnswers);
    }

    private static bool IsReminder(SentMessage message) => message.Text.StartsWith('⏰');

    private async Task<SentMessage> LastToAsync(long chatId, Func<SentMessage, bool> condition)
    {
        var sent = await _scene.Bot.WaitForSentAsync(s => s.Any(m => m.ChatId == chatId && condition(m)));
        return sent.Last(m => m.ChatId == chatId && condition(m));
    }
}
