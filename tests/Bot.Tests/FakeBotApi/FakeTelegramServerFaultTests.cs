using OneStop.FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace OneStop.Bot.Tests.FakeBotApi;

/// <summary>The fake Bot API's errors as the real Telegram.Bot client sees them: faults a test asks for, blocked chats, limits.</summary>
public sealed class FakeTelegramServerFaultTests : IAsyncLifetime
{
    private FakeTelegramServer _server = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync();
        _bot = new(new TelegramBotClientOptions(_server.Token, baseUrl: _server.BaseUrl.ToString()) { RetryCount = 0 });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Fail_next_sends_429_surfaces_with_retry_after_and_then_sends_again()
    {
        _server.FailNextSends(1, 429, retryAfterSeconds: 3);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, "Thông báo"));
        await _bot.SendMessage(42, "Thông báo");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(3, error.Parameters?.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 3", error.Message);
        Assert.Single(_server.Sent);
        Assert.Equal(2, _server.Calls.Count(call => call.Method == "sendMessage"));
    }

    [Fact]
    public async Task A_blocked_chat_gets_403_and_other_chats_do_not()
    {
        _server.BlockChat(13);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(13, "Lịch tiếp dân"));
        await _bot.SendMessage(14, "Lịch tiếp dân");

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
        Assert.Empty(_server.SentTo(13));
        Assert.Single(_server.SentTo(14));
    }

    [Fact]
    public async Task Messages_that_break_Telegram_limits_get_400()
    {
        var tooLong = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(1, new string('đ', 4097)));
        var badButton = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(1, "Chọn",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Hồ sơ", "hồ-sơ:" + new string('ệ', 20)))));
        await _bot.SendMessage(1, new string('đ', 4096));
        await _bot.SendMessage(1, "<b>" + new string('a', 4096) + "</b>", ParseMode.Html);

        Assert.Equal("Bad Request: message is too long", tooLong.Message);
        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", badButton.Message);
        Assert.Equal(2, _server.Sent.Count);
    }

    [Fact]
    public async Task A_fault_aimed_at_one_chat_meets_only_that_chat_whatever_is_sent_first()
    {
        _server.FailNextSendsTo(603, 1, 429, retryAfterSeconds: 5);

        await _bot.SendMessage(601, "Thông báo");
        await _bot.SendMessage(9001, "Đang gửi");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(603, "Thông báo"));
        await _bot.SendMessage(603, "Thông báo");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(5, error.Parameters?.RetryAfter);
        Assert.Single(_server.SentTo(601));
        Assert.Single(_server.SentTo(603));
    }
}
