using OneStop.Bot.Tests.Support;
using OneStop.Domain.Handover;
using OneStop.FakeBotApi;
using static OneStop.Bot.Tests.Handover.HandoverScene;

namespace OneStop.Bot.Tests.Handover;

/// <summary>
/// The built program as a child process, killed with SIGKILL after an official's reply was committed but before the
/// answer reached the citizen, then started again on the same LiteDB file. Real time: another process cannot share
/// a fake clock.
/// </summary>
public sealed class HandoverKillTests : IAsyncLifetime, IDisposable
{
    private const long Citizen = 7301;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempFolder _folder = new();
    private FakeTelegramServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task After_kill_9_between_the_reply_and_its_delivery_the_answer_arrives_once()
    {
        var settings = BotHost.Settings(_server, _folder.File("bot.db"));
        foreach (var (key, value) in HandoverScene.Staff())
        {
            settings[key] = value;
        }

        // Tuesday morning in the commune: the desk is open.
        settings["Clock:Now"] = "2026-12-01T09:00:00+07:00";
        const string Question = "Đăng ký khai tử quá hạn thì có bị phạt không?";
        long reply;
        await using (var first = BotHostProcess.Start(new Dictionary<string, string?>(settings) { ["Delivery:FirstRetryDelay"] = "01:00:00" }, _folder.Path))
        {
            await _server.WaitForCallAsync("getUpdates", 1, Patience);
            _server.EnqueueText(Citizen, "muốn hỏi trực tiếp cán bộ");
            await _server.WaitForSentAsync(s => s.Any(m => m.ChatId == Citizen && m.Text.Contains("gõ câu hỏi", StringComparison.Ordinal)), Patience);
            _server.EnqueueText(Citizen, Question);
            var sent = await _server.WaitForSentAsync(s => s.Any(m => m.ChatId == Group && m.Text.Contains(Question, StringComparison.Ordinal)), Patience);
            var inGroup = sent.Single(m => m.ChatId == Group && m.Text.Contains(Question, StringComparison.Ordinal));
            Assert.NotNull(QuestionCode.FindTagged(inGroup.Text));

            // Both sends that follow the reply fail, and the first process waits an hour before trying again: it is
            // killed with the answer committed in its outbox and not yet delivered.
            var attempts = _server.Calls.Count(c => c.Method == "sendMessage");
            _server.FailNextSends(2, 502);
            reply = ReplyInGroup(_server, DateTimeOffset.UtcNow, 990_001, Official, inGroup, "Dạ, quá hạn vẫn đăng ký được, không bị phạt ạ.");
            await _server.WaitForSentAsync(_ => _server.Calls.Count(c => c.Method == "sendMessage") >= attempts + 2, Patience);
            await first.KillAsync();
        }

        Assert.Empty(AnswersTo(_server, Citizen));
        // Telegram sends the reply again, as it would if the kill had come before the update was confirmed.
        _server.Redeliver(reply);
        await using var second = BotHostProcess.Start(settings, _folder.Path);
        await _server.WaitForSentAsync(_ => AnswersTo(_server, Citizen).Count >= 1, Patience);
        _server.EnqueueText(Citizen + 1, "/start");
        await _server.WaitForSentAsync(s => s.Any(m => m.ChatId == Citizen + 1), Patience);

        var answer = Assert.Single(AnswersTo(_server, Citizen));
        Assert.Contains("không bị phạt", answer.Text);
    }
}
