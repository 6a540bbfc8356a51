using OneStop.Bot.Tests.Support;
using OneStop.Domain.Conversation;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Telegram;

/// <summary>
/// The built program as a child process: kill -9 in the middle of a conversation and under load, a refused
/// token, a second instance on the same data file. Real time here (another process cannot share a fake clock);
/// nothing waits on a timer, only on what the fake server sees.
/// </summary>
public sealed class TelegramProcessTests : IAsyncLifetime, IDisposable
{
    private const long Citizen = 901;
    private readonly TempFolder _folder = new();
    private FakeTelegramServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    /// <summary>The clock starts at <see cref="BotHost.Morning"/> (Clock__Now), so the answers the test expects are computed for the same moment.</summary>
    private Dictionary<string, string?> Settings
    {
        get
        {
            var settings = BotHost.Settings(_server, _folder.File("bot.db"));
            settings["Clock:Now"] = BotHost.Morning.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            return settings;
        }
    }

    [Fact]
    public async Task After_kill_9_the_conversation_continues_and_nothing_is_answered_twice()
    {
        await using (var first = BotHostProcess.Start(Settings, _folder.Path))
        {
            _server.EnqueueText(Citizen, "/start");
            _server.EnqueueText(Citizen, "dang ky ket hon can gi");
            await WaitForSentAsync(first, () => _server.SentTo(Citizen).Count >= 2);
            await first.KillAsync();
        }

        var answered = _server.SentTo(Citizen).Count;
        // The worst moment to die: after committing, before confirming. Telegram then sends everything again.
        _server.Redeliver(1);
        await using var second = BotHostProcess.Start(Settings, _folder.Path);
        _server.EnqueueText(Citizen, "bao nhieu tien");
        await WaitForSentAsync(second, () => _server.SentTo(Citizen).Count > answered);

        var sent = _server.SentTo(Citizen);
        Assert.Equal(answered + 1, sent.Count);
        Assert.Contains("Lệ phí", sent[^1].Text);
        Assert.Contains("kết hôn", sent[^1].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Killed_under_load_every_chat_still_gets_every_answer_in_order()
    {
        string[] script = ["/start", "ket hon", "bao nhieu tien", "menu", "khai tu", "/help", "gio lam viec", "quay lai"];
        var chats = Enumerable.Range(1, 30).Select(i => 20_000L + i).ToList();
        var expected = ExpectedAnswers(script);

        await using (var first = BotHostProcess.Start(Settings, _folder.Path))
        {
            foreach (var text in script)
            {
                foreach (var chat in chats)
                {
                    _server.EnqueueText(chat, text);
                }
            }

            // Die part-way: some chats done, some half answered, some replies committed but not sent.
            await WaitForSentAsync(first, () => _server.Sent.Count >= expected.Count * chats.Count / 3);
            await first.KillAsync();
        }

        var beforeKill = chats.ToDictionary(chat => chat, chat => Texts(chat).Count);

        _server.Redeliver(1);
        await using var second = BotHostProcess.Start(Settings, _folder.Path);
        await WaitForSentAsync(second, () => chats.All(chat => IsSubsequence(expected, Texts(chat))));

        foreach (var chat in chats)
        {
            var texts = Texts(chat);
            var before = texts.Take(beforeKill[chat]).ToList();
            // Before the kill: the answers in order. After it, every answer still comes, in order (the wait above). A
            // kill between sending and acknowledging, with Telegram sending the last batch again, can repeat an answer,
            // at most once: delivery is at least once, never a storm. How many repeat depends on how far the
            // acknowledgements lagged at the kill, so no fixed count is asserted (a fixed 4 failed about 1 run in 8).
            Assert.Equal(expected.Take(before.Count), before);
            Assert.All(texts, text => Assert.Contains(text, expected));
            Assert.Equal(expected[^1], texts[^1]);
            Assert.All(texts.Distinct(), text => Assert.True(
                texts.Count(t => t == text) <= 2 * expected.Count(e => e == text), $"chat {chat} got one answer more than twice"));
        }
    }

    [Fact]
    public async Task A_token_Telegram_refuses_stops_the_program_with_a_failure_code()
    {
        var settings = Settings;
        settings["Telegram:BotToken"] = "999:NOT-OURS";
        await using var bot = BotHostProcess.Start(settings, _folder.Path);

        var code = await bot.WaitForExitAsync();

        Assert.Equal(2, code);
        Assert.Contains("Telegram__BotToken", bot.Output);
    }

    [Fact]
    public async Task A_second_instance_on_the_same_data_file_refuses_to_start()
    {
        await using var first = BotHostProcess.Start(Settings, _folder.Path);
        await WaitForSentAsync(first, () => _server.Calls.Any(c => c.Method == "getUpdates"));

        await using var second = BotHostProcess.Start(Settings, _folder.Path);
        var code = await second.WaitForExitAsync();

        Assert.Equal(1, code);
        Assert.Contains("Another OneStop process is using", second.Output);
        Assert.False(first.HasExited);
    }

    private List<string> Texts(long chat) => _server.SentTo(chat).Select(m => m.Text).ToList();

    private async Task WaitForSentAsync(BotHostProcess bot, Func<bool> condition)
    {
        try
        {
            await _server.WaitForSentAsync(_ => condition(), BotHost.Patience);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\nThe bot process wrote:\n{bot.Output}", ex);
        }
    }

    private static bool IsSubsequence(List<string> expected, List<string> actual)
    {
        var next = 0;
        foreach (var text in actual)
        {
            if (next < expected.Count && text == expected[next])
            {
                next++;
            }
        }

        return next == expected.Count && actual.Count > 0 && actual[^1] == expected[^1];
    }

    private static List<string> ExpectedAnswers(IEnumerable<string> script)
    {
        var engine = Support.Content.Engine();
        var session = new Session();
        var chat = new ChatAddress("telegram", "1");
        return script.SelectMany(text => engine.Handle(session, Incoming.Typed(chat, text), BotHost.Morning).Replies)
            .Select(r => r.Text.Trim())
            .ToList();
    }
}
