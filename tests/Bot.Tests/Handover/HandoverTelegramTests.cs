using Microsoft.Extensions.Logging;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;
using static OneStop.Bot.Tests.Handover.HandoverScene;

namespace OneStop.Bot.Tests.Handover;

/// <summary>
/// "Hỏi cán bộ" end to end over the real Telegram.Bot client and host against the fake Bot API: a citizen's question
/// reaches the staff group under a code, officials answer by replying there, and each answer reaches the right chat once.
/// </summary>
public sealed class HandoverTelegramTests : IAsyncLifetime, IDisposable
{
    private const long Citizen = 7101;
    private const long Neighbour = 7102;

    private readonly TempFolder _folder = new();
    private HandoverScene _scene = null!;

    private FakeTelegramServer Server => _scene.Server;

    public async Task InitializeAsync() => _scene = await HandoverScene.StartAsync(_folder);

    public async Task DisposeAsync() => await _scene.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_question_reaches_the_staff_group_with_its_code_and_nothing_that_identifies_the_citizen()
    {
        var (code, inGroup) = await _scene.AskAsync(Citizen, "Con tôi sinh ở Nha Trang thì làm khai sinh ở đâu ạ?");

        Assert.Contains($"#{code}", inGroup.Text);
        Assert.Contains($"/hoidap {code}", inGroup.Text);
        Assert.DoesNotContain(Citizen.ToString(System.Globalization.CultureInfo.InvariantCulture), inGroup.Text);
        var told = Server.SentTo(Citizen)[^1];
        Assert.Contains($"mã câu hỏi #{code}", told.Text);
        Assert.Contains("Cán bộ sẽ trả lời trong giờ làm việc", told.Text);
        var contact = told.InlineButtons.SelectMany(r => r).Single(b => b.Text.Contains("Cho phép cán bộ liên hệ", StringComparison.Ordinal));

        // Only once the citizen agrees does the group learn how to reach the chat.
        Server.EnqueueCallback(Citizen, contact.CallbackData!, told.MessageId);
        var shared = await _scene.Bot.WaitForSentAsync(s => s.Any(m => m.ChatId == Group && m.Text.Contains("đồng ý để cán bộ liên hệ", StringComparison.Ordinal)));
        Assert.Contains($"#{code} đồng ý để cán bộ liên hệ trực tiếp. Tài khoản: Telegram {Citizen}", shared.Last(m => m.ChatId == Group).Text);
        Assert.True(_scene.Store.Find(code)!.ContactShared);
    }

    [Fact]
    public async Task An_official_s_reply_reaches_the_right_citizen_once_and_the_citizen_can_answer_back()
    {
        var (code, inGroup) = await _scene.AskAsync(Citizen, "Giấy chứng tử bản gốc bị mất thì làm sao?");
        await _scene.AskAsync(Neighbour, "Chứng thực chữ ký có cần mang CCCD không?");

        // Matched by the recorded message id alone: the replied-to message comes without its text.
        var reply = _scene.ReplyInGroup(Official, inGroup, "Dạ, ông/bà làm thủ tục cấp bản sao trích lục khai tử tại Trung tâm.", quoteText: false);
        await _scene.Bot.WaitForSentAsync(s => s.Any(m => m.ChatId == Group && m.Text.Contains($"Đã chuyển câu trả lời cho người hỏi #{code}", StringComparison.Ordinal)));
        await _scene.Bot.WaitUntilHandledAsync(reply);

        var answer = Assert.Single(_scene.AnswersTo(Citizen));
        Assert.Contains("Cán bộ trả lời: Dạ, ông/bà làm thủ tục cấp bản sao trích lục khai tử", answer.Text);
        Assert.Contains($"#{code}", answer.Text);
        Assert.Empty(_scene.AnswersTo(Neighbour));

        // The citizen answers back into the same thread, from the button under the answer.
        Server.EnqueueCallback(Citizen, answer.InlineButtons.SelectMany(r => r).Single(b => b.Text.Contains("Trả lời cán bộ", StringComparison.Ordinal)).CallbackData!, answer.MessageId);
        await _scene.Bot.WaitForSentAsync(s => s.Any(m => m.ChatId == Citizen && m.Text.Contains("gõ câu trả lời cho cán bộ", StringComparison.Ordinal)));
        Server.EnqueueText(Citizen, "Dạ cảm ơn, vậy tôi cần mang giấy gì?");
        var added = await _scene.Bot.WaitForSentAsync(s => s.Any(m => m.ChatId == Group && m.Text.Contains("vậy tôi cần mang giấy gì", StringComparison.Ordinal)));
        Assert.Contains($"#{code}", added.Last(m => m.ChatId == Group && m.Text.Contains("nhắn thêm", StringComparison.Ordinal)).Text);
    }

    [Fact]
    public async Task Two_officials_answer_and_each_answer_is_delivered_once()
    {
        var (code, inGroup) = await _scene.AskAsync(Citizen, "Thứ Bảy có nhận hồ sơ kết hôn không?");

        _scene.ReplyInGroup(Official, inGroup, "Dạ, thứ Bảy Trung tâm không nhận hồ sơ.");
        var last = _scene.ReplyInGroup(SecondOfficial, inGroup, "Bổ sung: ông/bà có thể nộp trực tuyến.");
        await _scene.Bot.WaitUntilHandledAsync(last);
        await _scene.Bot.WaitForSentAsync(_ => _scene.AnswersTo(Citizen).Count == 2);

        var answers = _scene.AnswersTo(Citizen);
        Assert.Equal(2, answers.Count);
        Assert.Single(answers, a => a.Text.Contains("không nhận hồ sơ", StringComparison.Ordinal));
        Assert.Single(answers, a => a.Text.Contains("nộp trực tuyến", StringComparison.Ordinal));
        Assert.Equal(2, _scene.Store.Find(code)!.AnswerCount);
    }

    [Fact]
    public async Task A_reply_in_the_group_by_someone_not_on_the_staff_list_is_not_delivered()
    {
        var (_, inGroup) = await _scene.AskAsync(Citizen, "Làm sao để sao y học bạ?");

        var reply = _scene.ReplyInGroup(Stranger, inGroup, "Tôi trả lời thay nhé");
        await _scene.Bot.WaitForSentAsync(s => s.Any(m => m.ChatId == Group && m.Text.Contains("chỉ dành cho cán bộ", StringComparison.Ordinal)));
        await _scene.Bot.WaitUntilHandledAsync(reply);

        Assert.Empty(_scene.AnswersTo(Citizen));
        Assert.Contains(_scene.Bot.Log.AtLeast(LogLevel.Warning), e => e.ToString().Contains("Refused staff tool 'hoidap'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_citizen_adds_a_message_and_a_reply_to_that_addition_answers_the_same_question()
    {
        var (code, _) = await _scene.AskAsync(Citizen, "Tôi muốn hỏi về đăng ký kết hôn với người nước ngoài");
        Server.EnqueueText(Citizen, "Vợ sắp cưới của tôi là người Hàn Quốc");
        var sent = await _scene.Bot.WaitForSentAsync(s => s.Any(m => m.ChatId == Group && m.Text.Contains("người Hàn Quốc", StringComparison.Ordinal)));
        var addition = sent.Last(m => m.ChatId == Group && m.Text.Contains("người Hàn Quốc", StringComparison.Ordinal));
        Assert.Contains($"Người hỏi #{code} nhắn thêm", addition.Text);
        await _scene.Bot.WaitForSentAsync(s => s.Any(m => m.ChatId == Citizen && m.Text.Contains($"Em đã chuyển thêm tin nhắn này cho cán bộ (câu hỏi #{code})", StringComparison.Ordinal)));
        await _scene.RecordedAsync(code, addition);

        _scene.ReplyInGroup(Official, addition, "Việc này thuộc UBND tỉnh, ông/bà liên hệ Sở Tư pháp.", quoteText: false);
        await _scene.Bot.WaitForSentAsync(_ => _scene.AnswersTo(Citizen).Count == 1);
        Assert.Contains("Sở Tư pháp", _scene.AnswersTo(Citizen)[0].Text);
        Assert.Equal(2, _scene.Store.Find(code)!.Lines.Count(l => l.StaffId == 0));
    }

    [Fact]
    public async Task A_citizen_who_types_hoidap_is_refused()
    {
        Server.EnqueueText(Citizen, "/hoidap");
        await _scene.Bot.WaitForSentAsync(s => s.Any(m => m.ChatId == Citizen && m.Text.Contains("chỉ dành cho cán bộ", StringComparison.Ordinal)));
        Assert.DoesNotContain(Server.SentTo(Citizen), m => m.Text.Contains("Câu hỏi đang mở", StringComparison.Ordinal));
    }
}
