using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Handover;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Handover;

/// <summary>Without Staff__GroupChatId a question would reach nobody: the citizen is told so, and where to ask instead.</summary>
public sealed class HandoverWithoutGroupTests : IDisposable
{
    private const long Citizen = 7401;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task No_question_is_taken_and_the_citizen_is_pointed_to_the_desk()
    {
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        await using var bot = await BotHost.StartAsync(server, time, _folder.File("bot.db"));

        server.EnqueueText(Citizen, "cho gặp cán bộ");
        var sent = await bot.WaitForSentAsync(s => s.Any(m => m.ChatId == Citizen && m.Text.Contains("chưa chuyển được câu hỏi", StringComparison.Ordinal)));
        Assert.Contains("Trung tâm Phục vụ hành chính công xã Vạn Ninh", sent.Last(m => m.ChatId == Citizen).Text);

        Assert.NotEqual("handover", bot.SessionOf(Citizen)?.State);

        // From the menu's button too; then the next message is read as a question to the bot, not kept for nobody.
        server.EnqueueCallback(Citizen, "f:to-contact");
        await bot.WaitForSentAsync(s => s.Count(m => m.ChatId == Citizen && m.Text.Contains("chưa chuyển được câu hỏi", StringComparison.Ordinal)) == 2);
        var probe = server.EnqueueText(Citizen, "đăng ký kết hôn cần gì");
        await bot.WaitUntilHandledAsync(probe);
        Assert.Contains("Đăng ký kết hôn", server.SentTo(Citizen)[^1].Text);
        Assert.Empty(bot.Get<HandoverStore>().OfChat(BotHost.Key(Citizen)));
        Assert.DoesNotContain(server.SentTo(Citizen), m => m.Text.Contains("Em đã chuyển câu hỏi", StringComparison.Ordinal));
    }
}
