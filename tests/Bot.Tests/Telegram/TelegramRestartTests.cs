using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Telegram;

/// <summary>
/// The host stops and starts again on the same LiteDB file while the fake server keeps its state, as
/// Telegram does: conversations continue, a re-delivered batch is not answered twice, unsent replies go out.
/// </summary>
public sealed class TelegramRestartTests : IAsyncLifetime, IDisposable
{
    private const long Citizen = 801;
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(BotHost.Morning);
    private FakeTelegramServer _server = null!;

    private string Database => _folder.File("bot.db");

    public async Task InitializeAsync() =>
        _server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = _time });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task After_a_restart_the_conversation_continues_where_it_was()
    {
        await using (var first = await BotHost.StartAsync(_server, _time, Database))
        {
            _server.EnqueueText(Citizen, "dang ky ket hon can gi");
            await first.WaitForSentToAsync(Citizen, 2);
            Assert.Equal("procedure", first.SessionOf(Citizen)?.State);
        }

        await using var second = await BotHost.StartAsync(_server, _time, Database);
        _server.EnqueueText(Citizen, "bao nhieu tien");
        var sent = await second.WaitForSentToAsync(Citizen, 3);

        // "How much?" is understood as a question about the marriage registration opened before the restart.
        var fee = _server.SentTo(Citizen)[2];
        Assert.Contains("Lệ phí", fee.Text);
        Assert.Contains("kết hôn", fee.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("procedure", second.SessionOf(Citizen)?.State);
        Assert.Equal(3, sent.Count(m => m.ChatId == Citizen));
    }

    [Fact]
    public async Task A_button_on_a_message_sent_before_the_restart_still_works()
    {
        await using (var first = await BotHost.StartAsync(_server, _time, Database))
        {
            _server.EnqueueText(Citizen, "/start");
            await first.WaitForSentToAsync(Citizen, 1);
        }

        await using var second = await BotHost.StartAsync(_server, _time, Database);
        var menu = _server.SentTo(Citizen)[0];
        var press = _server.EnqueueCallback(Citizen, menu.InlineButtons[0][0].CallbackData!, menu.MessageId);
        await second.WaitForSentToAsync(Citizen, 2);

        Assert.Contains("chọn thủ tục", _server.SentTo(Citizen)[1].Text);
        Assert.Equal("procedures", second.SessionOf(Citizen)?.State);
        // The press is answered after its reply is queued, so the reply can arrive first.
        await _server.WaitForCallAsync("answerCallbackQuery", 1, TimeSpan.FromSeconds(10));
        Assert.Contains($"cb-{press}", _server.AnsweredCallbackIds);
    }

    [Fact]
    public async Task Updates_Telegram_delivers_again_after_a_restart_are_not_answered_twice()
    {
        long last;
        await using (var first = await BotHost.StartAsync(_server, _time, Database))
        {
            _server.EnqueueText(Citizen, "/start");
            _server.EnqueueCallback(Citizen, "f:to-procedures");
            last = _server.EnqueueText(Citizen, "ket hon");
            await first.WaitUntilHandledAsync(last);
        }

        var answered = _server.Sent.Count;

        // As if the bot had crashed before confirming anything: every update comes again.
        _server.Redeliver(1);
        await using var second = await BotHost.StartAsync(_server, _time, Database);
        var probe = _server.EnqueueText(Citizen + 1, "/start");
        await second.WaitUntilHandledAsync(probe);

        Assert.Equal(answered + 1, _server.Sent.Count);
        Assert.Equal("procedure", second.SessionOf(Citizen)?.State);
        Assert.True(_server.LastConfirmedOffset > probe);
    }

    [Fact]
    public async Task A_staff_command_between_citizens_messages_is_handled_in_its_place_and_once()
    {
        const long Stranger = 802;
        long last;
        await using (var first = await BotHost.StartAsync(_server, _time, Database))
        {
            _server.EnqueueText(Citizen, "/start");
            _server.EnqueueText(Stranger, "/baocao");
            last = _server.EnqueueText(Citizen, "ket hon");
            await first.WaitUntilHandledAsync(last);
            await first.WaitForSentToAsync(Stranger, 1);
            Assert.Equal("procedure", first.SessionOf(Citizen)?.State);
        }

        var answered = _server.Sent.Count;
        // The staff tool refused someone who is not staff, once.
        Assert.Single(_server.SentTo(Stranger));

        _server.Redeliver(1);
        await using var second = await BotHost.StartAsync(_server, _time, Database);
        var probe = _server.EnqueueText(Citizen + 2, "/start");
        await second.WaitUntilHandledAsync(probe);

        Assert.Equal(answered + 1, _server.Sent.Count);
        Assert.Equal("procedure", second.SessionOf(Citizen)?.State);
    }

    [Fact]
    public async Task A_reply_committed_but_not_sent_before_the_stop_goes_out_once_after_the_restart()
    {
        long update;
        await using (var first = await BotHost.StartAsync(_server, _time, Database))
        {
            // The only send fails; the retry waits on a clock nobody moves, so the host stops with the reply unsent.
            _server.FailNextSends(1, 500);
            update = _server.EnqueueText(Citizen, "/start");
            await _server.WaitForCallAsync("sendMessage", 1, BotHost.Patience);
            Assert.Equal(1, first.Get<OutboxStore>().PendingCount());
        }

        _server.Redeliver(update);
        await using var second = await BotHost.StartAsync(_server, _time, Database);
        await second.WaitForSentToAsync(Citizen, 1);
        await second.WaitUntilHandledAsync(update);
        await second.AdvanceUntilAsync(() => second.Get<OutboxStore>().PendingCount() == 0, TimeSpan.FromSeconds(1));

        Assert.Single(_server.SentTo(Citizen));
        Assert.Contains("Kính chào", _server.SentTo(Citizen)[0].Text);
    }
}
