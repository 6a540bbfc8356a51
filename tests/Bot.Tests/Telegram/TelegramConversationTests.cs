using System.Text;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Telegram;

/// <summary>A citizen talks to the real host over Telegram.Bot long polling, against the fake Bot API server.</summary>
public sealed class TelegramConversationTests : IAsyncLifetime, IDisposable
{
    private const long Citizen = 501;
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);
    private FakeTelegramServer _server = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = _time });
        _bot = await BotHost.StartAsync(_server, _time, _folder.File("bot.db"));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_citizen_opens_the_menu_presses_buttons_and_asks_without_accents()
    {
        _server.EnqueueText(Citizen, "/start");
        var welcome = (await _bot.WaitForSentToAsync(Citizen, 1)).Single(m => m.ChatId == Citizen);
        Assert.Contains("Kính chào", welcome.Text);
        Assert.Contains(welcome.InlineButtons.SelectMany(row => row), b => b.Text == "📋 Các thủ tục");

        var procedures = welcome.InlineButtons.SelectMany(row => row).Single(b => b.Text == "📋 Các thủ tục").CallbackData!;
        var press = _server.EnqueueCallback(Citizen, procedures);
        var list = (await _bot.WaitForSentToAsync(Citizen, 2)).Where(m => m.ChatId == Citizen).Last();
        Assert.Contains("chọn thủ tục", list.Text);
        Assert.Contains(list.InlineButtons.SelectMany(row => row), b => b.Text == "Kết hôn");

        _server.EnqueueText(Citizen, "dang ky ket hon can gi");
        var card = (await _bot.WaitForSentToAsync(Citizen, 3)).Where(m => m.ChatId == Citizen).Last();
        Assert.Contains("Đăng ký kết hôn", card.Text);
        Assert.Contains("Giấy tờ cần mang", card.Text);
        Assert.Equal("procedure", _bot.SessionOf(Citizen)?.State);

        Assert.Contains($"cb-{press}", _server.AnsweredCallbackIds);
        Assert.Empty(_bot.Log.AtLeast(Microsoft.Extensions.Logging.LogLevel.Warning));
    }

    [Fact]
    public async Task Every_button_press_is_answered_even_a_forged_one_or_one_without_data()
    {
        _server.EnqueueText(Citizen, "/start");
        await _bot.WaitForSentToAsync(Citizen, 1);

        var forged = _server.EnqueueCallback(Citizen, "proc:khong-co-thu-tuc-nay");
        var garbage = _server.EnqueueCallback(Citizen, "💥" + new string('x', 40));
        var noData = _server.EnqueueRaw($$$"""
            {"callback_query":{"id":"cb-game","from":{"id":{{{Citizen}}},"is_bot":false,"first_name":"Lan"},
             "chat_instance":"1","game_short_name":"none"}}
            """);
        var sent = await _bot.WaitForSentToAsync(Citizen, 3);
        await _bot.WaitUntilHandledAsync(noData);

        Assert.Contains($"cb-{forged}", _server.AnsweredCallbackIds);
        Assert.Contains($"cb-{garbage}", _server.AnsweredCallbackIds);
        Assert.Contains("cb-game", _server.AnsweredCallbackIds);
        // Each forged press gets a polite line, not silence and not a crash.
        Assert.Equal(3, sent.Count(m => m.ChatId == Citizen));
        Assert.Empty(_bot.Log.AtLeast(Microsoft.Extensions.Logging.LogLevel.Error));
    }

    [Fact]
    public async Task Replies_are_plain_text_and_every_callback_data_fits_in_64_bytes()
    {
        // Markup characters a citizen might type must reach Telegram as text, never as formatting.
        _server.EnqueueText(Citizen, "<b>kết hôn</b> *cần* _gì_ [link](http://x) `code`");
        _server.EnqueueText(Citizen, "/menu");
        var sent = await _bot.WaitForSentToAsync(Citizen, 3);

        var toCitizen = sent.Where(m => m.ChatId == Citizen).ToList();
        Assert.All(toCitizen, m => Assert.Null(m.ParseMode));
        var payloads = toCitizen.SelectMany(m => m.InlineButtons).SelectMany(row => row)
            .Where(b => b.CallbackData is not null).Select(b => b.CallbackData!).ToList();
        Assert.NotEmpty(payloads);
        Assert.All(payloads, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, ButtonPress.MaxPayloadBytes));
    }

    [Fact]
    public async Task Each_chat_gets_its_answers_in_order_while_many_chats_are_served_at_once()
    {
        string[] script = ["/start", "ket hon", "bao nhieu tien", "menu", "khai tu", "/help", "gio lam viec", "quay lai"];
        var chats = Enumerable.Range(1, 40).Select(i => 10_000L + i).ToList();
        foreach (var text in script)
        {
            foreach (var chat in chats)
            {
                _server.EnqueueText(chat, text);
            }
        }

        var expected = ExpectedAnswers(script);
        await _bot.WaitForSentAsync(sent => sent.Count == expected.Count * chats.Count);

        foreach (var chat in chats)
        {
            Assert.Equal(expected, _server.SentTo(chat).Select(m => m.Text).ToList());
        }
    }

    /// <summary>The answers the engine gives to a script, one chat on its own: the order each chat must see.</summary>
    private List<string> ExpectedAnswers(IEnumerable<string> script)
    {
        var engine = Support.Content.Engine();
        var session = new Session();
        var chat = new ChatAddress("telegram", "1");
        return script.SelectMany(text => engine.Handle(session, Incoming.Typed(chat, text), _time.GetUtcNow()).Replies)
            .Select(r => r.Text.Trim())
            .ToList();
    }
}
