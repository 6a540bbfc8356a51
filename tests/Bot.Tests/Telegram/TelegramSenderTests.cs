using OneStop.Bot.Delivery;
using OneStop.Bot.Telegram;
using OneStop.Domain.Conversation;
using OneStop.FakeBotApi;
using Telegram.Bot;

namespace OneStop.Bot.Tests.Telegram;

/// <summary>The Telegram sender through the real client: long replies, plain text, and Telegram's errors as outcomes.</summary>
public sealed class TelegramSenderTests : IAsyncLifetime
{
    private const long Citizen = 1001;
    private static readonly ChatAddress To = TelegramChat.Address(Citizen);
    private FakeTelegramServer _server = null!;
    private TelegramSender _sender = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync();
        _sender = SenderFor(_server.BaseUrl.ToString());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_reply_over_4096_characters_goes_in_parts_cut_at_paragraphs_with_the_buttons_on_the_last()
    {
        var paragraphs = Enumerable.Range(1, 60).Select(i => $"{i}. Giấy tờ cần mang: bản chính và bản sao giấy khai sinh, căn cước, sổ hộ khẩu cũ ({new string('.', 100)})").ToList();
        var text = string.Join("\n\n", paragraphs);
        var menu = new ReplyButton("🏠 Menu", "menu");

        var result = await _sender.SendAsync(To, new Reply(text, [[menu]]), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var parts = _server.SentTo(Citizen);
        Assert.True(parts.Count >= 3, $"{text.Length} characters in {parts.Count} part(s)");
        Assert.All(parts, p => Assert.InRange(p.Text.Length, 1, 4096));
        Assert.All(parts, p => Assert.Null(p.ParseMode));
        Assert.All(parts.SkipLast(1), p => Assert.Empty(p.InlineButtons));
        Assert.Equal("menu", parts[^1].InlineButtons.Single().Single().CallbackData);
        // Cut between paragraphs, never inside one, and nothing lost.
        Assert.Equal(paragraphs, parts.SelectMany(p => p.Text.Split("\n\n")).ToList());
    }

    [Fact]
    public async Task A_long_reply_that_fails_part_way_says_what_is_left_to_send()
    {
        var paragraphs = Enumerable.Range(1, 60).Select(i => $"{i}. Giấy tờ cần mang ({new string('.', 100)})").ToList();
        var menu = new ReplyButton("🏠 Menu", "menu");

        _server.FailNextSends(1, 500, after: 1);
        var result = await _sender.SendAsync(To, new Reply(string.Join("\n\n", paragraphs), [[menu]]), CancellationToken.None);

        Assert.Equal(SendOutcome.Transient, result.Outcome);
        var first = Assert.Single(_server.SentTo(Citizen));
        var rest = Assert.IsType<Reply>(result.Rest);
        Assert.Equal(paragraphs, first.Text.Split("\n\n").Concat(rest.Text.Split("\n\n")).ToList());
        Assert.Equal("menu", rest.Buttons.Single().Single().Payload);

        // A failure before anything went out leaves the reply whole.
        _server.FailNextSends(1, 500);
        Assert.Null((await _sender.SendAsync(To, new Reply("Dạ"), CancellationToken.None)).Rest);
    }

    [Fact]
    public async Task A_reply_with_no_place_to_cut_is_cut_hard_without_breaking_an_emoji()
    {
        var text = string.Concat(Enumerable.Repeat("🙏", 3000));

        var result = await _sender.SendAsync(To, new Reply(text), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var parts = _server.SentTo(Citizen);
        Assert.Equal(2, parts.Count);
        Assert.Equal(text, string.Concat(parts.Select(p => p.Text)));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p.Text[^1])));
    }

    [Fact]
    public async Task Markup_a_citizen_typed_is_sent_as_it_is()
    {
        const string typed = "<b>Đăng ký</b> *kết hôn* _cần_ [gì](http://x) `?`";

        await _sender.SendAsync(To, new Reply($"Ông/bà hỏi: {typed}"), CancellationToken.None);

        var sent = Assert.Single(_server.SentTo(Citizen));
        Assert.Equal($"Ông/bà hỏi: {typed}", sent.Text);
        Assert.Null(sent.ParseMode);
    }

    [Fact]
    public async Task Telegram_errors_become_outcomes_the_dispatcher_acts_on()
    {
        var reply = new Reply("Dạ");

        _server.FailNextSends(1, 429, retryAfterSeconds: 9);
        var flood = await _sender.SendAsync(To, reply, CancellationToken.None);
        _server.FailNextSends(1, 500);
        var broken = await _sender.SendAsync(To, reply, CancellationToken.None);
        _server.FailNextSends(1, 400, description: "Bad Request: chat not found");
        var gone = await _sender.SendAsync(To, reply, CancellationToken.None);
        _server.FailNextSends(1, 400, description: "Bad Request: message is too long");
        var refused = await _sender.SendAsync(To, reply, CancellationToken.None);
        _server.BlockChat(Citizen);
        var blocked = await _sender.SendAsync(To, reply, CancellationToken.None);

        Assert.Equal((SendOutcome.RetryAfter, TimeSpan.FromSeconds(9)), (flood.Outcome, flood.RetryAfter));
        Assert.Equal(SendOutcome.Transient, broken.Outcome);
        Assert.Equal(SendOutcome.Unreachable, gone.Outcome);
        Assert.Equal(SendOutcome.Rejected, refused.Outcome);
        Assert.Equal(SendOutcome.Unreachable, blocked.Outcome);
        Assert.Empty(_server.SentTo(Citizen));
    }

    [Fact]
    public async Task A_server_that_is_gone_is_a_transient_failure()
    {
        var baseUrl = _server.BaseUrl.ToString();
        await _server.DisposeAsync();

        var result = await SenderFor(baseUrl).SendAsync(To, new Reply("Dạ"), CancellationToken.None);

        Assert.Equal(SendOutcome.Transient, result.Outcome);
    }

    private static TelegramSender SenderFor(string baseUrl) =>
        new(new TelegramBotClient(new TelegramBotClientOptions("123456:TEST-TOKEN", baseUrl) { RetryCount = 0 }));
}
