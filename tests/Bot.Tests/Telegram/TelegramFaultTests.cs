using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Telegram;

/// <summary>
/// What Telegram does when things go wrong: flood control, server errors, dropped connections, blocked users.
/// Waits are timers on the bot's fake clock; the server stamps calls with the same clock, so a test can
/// check the bot waited as long as it was told to without waiting itself.
/// </summary>
public sealed class TelegramFaultTests : IAsyncLifetime, IDisposable
{
    private const long Citizen = 601;
    private const long Other = 602;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);
    private FakeTelegramServer _server = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = _time });
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_429_on_get_updates_makes_the_bot_wait_retry_after_then_go_on()
    {
        _server.FailNextGetUpdates(1, 429, retryAfterSeconds: 7);
        _server.EnqueueText(Citizen, "/start");
        await StartBotAsync();

        await _bot.AdvanceUntilAsync(() => _server.SentTo(Citizen).Count == 1, Second);

        var polls = Polls();
        Assert.True(polls[1].At - polls[0].At >= TimeSpan.FromSeconds(7), $"polled again after {polls[1].At - polls[0].At}");
        Assert.Contains(_bot.Log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("wait", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Server_errors_on_get_updates_back_off_and_lose_nothing()
    {
        _server.FailNextGetUpdates(3, 502);
        _server.EnqueueText(Citizen, "/start");
        await StartBotAsync();

        await _bot.AdvanceUntilAsync(() => _server.SentTo(Citizen).Count == 1, Second);

        var polls = Polls();
        Assert.True(polls[1].At - polls[0].At >= Second);
        Assert.True(polls[2].At - polls[1].At >= 2 * Second);
        Assert.True(polls[3].At - polls[2].At >= 4 * Second);
        Assert.Equal(3, _bot.Log.Entries.Count(e => e.Level == LogLevel.Error && e.Message.StartsWith("Polling Telegram failed", StringComparison.Ordinal)));
        Assert.Single(_server.SentTo(Citizen));
    }

    [Fact]
    public async Task Dropped_get_updates_connections_are_retried_and_the_update_is_answered_once()
    {
        _server.DropNextGetUpdates(2);
        var update = _server.EnqueueText(Citizen, "/start");
        await StartBotAsync();

        await _bot.AdvanceUntilAsync(() => _server.SentTo(Citizen).Count == 1, Second);
        await _bot.WaitUntilHandledAsync(update);

        Assert.Single(_server.SentTo(Citizen));
        Assert.Equal(2, _bot.Log.Entries.Count(e => e.Level == LogLevel.Error && e.Exception is not null));
    }

    [Fact]
    public async Task A_429_on_send_message_delays_that_reply_and_keeps_the_chat_in_order()
    {
        await StartBotAsync();
        _server.FailNextSends(1, 429, retryAfterSeconds: 5);
        _server.EnqueueText(Citizen, "/start");
        _server.EnqueueText(Citizen, "/help");

        await _bot.AdvanceUntilAsync(() => _server.SentTo(Citizen).Count == 2, Second);

        var sent = _server.SentTo(Citizen);
        Assert.Contains("Kính chào", sent[0].Text);
        Assert.DoesNotContain("Kính chào", sent[1].Text);
        var attempts = _server.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.Equal(3, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_chat_waiting_out_a_429_does_not_hold_up_other_chats()
    {
        await StartBotAsync();
        _server.FailNextSends(1, 429, retryAfterSeconds: 30);
        _server.EnqueueText(Citizen, "/start");
        await _server.WaitForCallAsync("sendMessage", 1, BotHost.Patience);

        // The clock does not move: the other chat is answered while the first still waits.
        _server.EnqueueText(Other, "/start");
        await _bot.WaitForSentToAsync(Other, 1);
        Assert.Empty(_server.SentTo(Citizen));

        await _bot.AdvanceUntilAsync(() => _server.SentTo(Citizen).Count == 1, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Server_errors_on_send_message_are_retried_until_the_reply_goes_through_once()
    {
        await StartBotAsync();
        _server.FailNextSends(2, 500);
        _server.EnqueueText(Citizen, "/start");

        await _bot.AdvanceUntilAsync(() => _server.SentTo(Citizen).Count == 1, Second);
        await _bot.AdvanceUntilAsync(() => _bot.Get<OutboxStore>().PendingCount() == 0, Second);

        Assert.Single(_server.SentTo(Citizen));
        Assert.Equal(3, _server.Calls.Count(c => c.Method == "sendMessage"));
    }

    [Fact]
    public async Task A_citizen_who_blocks_the_bot_is_marked_unreachable_and_reachable_again_on_unblocking()
    {
        await StartBotAsync();
        _server.EnqueueText(Citizen, "/start");
        await _bot.WaitForSentToAsync(Citizen, 1);
        Assert.True(_bot.ChatOf(Citizen)?.Reachable);

        var blocked = _server.EnqueueBlocked(Citizen);
        await _bot.WaitUntilHandledAsync(blocked);
        Assert.False(_bot.ChatOf(Citizen)?.Reachable);
        Assert.Single(_server.SentTo(Citizen));

        var unblocked = _server.EnqueueUnblocked(Citizen);
        await _bot.WaitUntilHandledAsync(unblocked);
        Assert.True(_bot.ChatOf(Citizen)?.Reachable);
    }

    [Fact]
    public async Task A_403_on_send_message_marks_the_chat_unreachable_and_drops_its_queue_while_others_go_on()
    {
        await StartBotAsync();
        _server.EnqueueText(Citizen, "/start");
        await _bot.WaitForSentToAsync(Citizen, 1);

        _server.BlockChat(Citizen);
        _server.EnqueueText(Citizen, "ket hon");
        _server.EnqueueText(Citizen, "khai tu");
        _server.EnqueueText(Other, "/start");
        await _bot.WaitForSentToAsync(Other, 1);
        await _bot.AdvanceUntilAsync(() => _bot.ChatOf(Citizen)?.Reachable == false && _bot.Get<OutboxStore>().PendingCount() == 0, Second);

        Assert.Single(_server.SentTo(Citizen));
        Assert.True(_bot.ChatOf(Other)?.Reachable);
        Assert.Contains(_bot.Log.Entries, e => e.Message.Contains("blocked the bot", StringComparison.Ordinal));
    }

    /// <summary>Faults on getUpdates are set before the bot starts, so that its very first poll meets them.</summary>
    private async Task StartBotAsync() => _bot = await BotHost.StartAsync(_server, _time, _folder.File("bot.db"));

    private List<RecordedCall> Polls() => _server.Calls.Where(c => c.Method == "getUpdates").ToList();
}
