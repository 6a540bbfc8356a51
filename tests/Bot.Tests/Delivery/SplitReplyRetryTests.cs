using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Delivery;
using OneStop.Bot.Storage;
using OneStop.Bot.Telegram;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Delivery;

/// <summary>A reply longer than one Telegram message that fails part-way is finished later, without sending its first parts again.</summary>
public sealed class SplitReplyRetryTests : IAsyncLifetime, IDisposable
{
    private const long Citizen = 1101;
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);
    private FakeTelegramServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = _time });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_paragraph_arrives_once_after_a_failure_between_parts()
    {
        await using var bot = await BotHost.StartAsync(_server, _time, _folder.File("bot.db"));
        var paragraphs = Enumerable.Range(1, 90).Select(i => $"{i}. Giấy tờ cần mang ({new string('.', 100)})").ToList();
        var message = OutboxMessage.From(
            TelegramChat.Address(Citizen), new Reply(string.Join("\n\n", paragraphs), [[new ReplyButton("🏠 Menu", "menu")]]), OutboxKind.Reply, _time.GetUtcNow().UtcDateTime);
        var db = bot.Get<BotDatabase>();
        db.InTransaction(() => db.Outbox.Insert(message));

        _server.FailNextSends(1, 502, after: 1);
        bot.Get<OutboxDispatcher>().Enqueue([message]);
        await bot.AdvanceUntilAsync(() => bot.Get<OutboxStore>().PendingCount() == 0, TimeSpan.FromSeconds(1));

        var parts = _server.SentTo(Citizen);
        Assert.True(parts.Count >= 3, $"{parts.Count} part(s)");
        Assert.Equal(paragraphs, parts.SelectMany(p => p.Text.Split("\n\n")).ToList());
        Assert.Equal("menu", parts[^1].InlineButtons.Single().Single().CallbackData);
    }
}
