using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Handover;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Handover;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Handover;

/// <summary>
/// A staff group with two officials, citizens, the fake Bot API and the real host: the people of "Hỏi cán bộ" and
/// what they do, for the end-to-end tests.
/// </summary>
internal sealed class HandoverScene : IAsyncDisposable
{
    public const long Official = 5001;
    public const long SecondOfficial = 5002;
    public const long Stranger = 1001;
    public const long Group = -100777;

    private long _groupMessageIds = 900_000;

    private HandoverScene(FakeTelegramServer server, FakeTimeProvider time, string database)
    {
        Server = server;
        Time = time;
        Database = database;
    }

    public FakeTelegramServer Server { get; }

    public FakeTimeProvider Time { get; }

    public string Database { get; }

    public BotHost Bot { get; private set; } = null!;

    public static async Task<HandoverScene> StartAsync(TempFolder folder, DateTimeOffset? now = null)
    {
        var time = new FakeTimeProvider(now ?? BotHost.Morning);
        var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        var scene = new HandoverScene(server, time, folder.File("bot.db"));
        await scene.RestartAsync(stopFirst: false);
        return scene;
    }

    public static Dictionary<string, string?> Staff() => new()
    {
        ["Staff:Members:0:TelegramId"] = Official.ToString(CultureInfo.InvariantCulture),
        ["Staff:Members:1:TelegramId"] = SecondOfficial.ToString(CultureInfo.InvariantCulture),
        ["Staff:GroupChatId"] = Group.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Stops the bot as SIGTERM would (unless told not to) and starts it again on the same file.</summary>
    public async Task RestartAsync(bool stopFirst = true, Action? betweenRuns = null)
    {
        if (stopFirst)
        {
            await Bot.StopAsync();
        }

        betweenRuns?.Invoke();
        Bot = await BotHost.StartAsync(Server, Time, Database, Staff());
    }

    public HandoverStore Store => Bot.Get<HandoverStore>();

    public HandoverReminders Reminders => Bot.Get<IEnumerable<IHostedService>>().OfType<HandoverReminders>().Single();

    /// <summary>The citizen asks for a person in words, then types the question; returns its message in the staff group.</summary>
    public async Task<(string Code, SentMessage InGroup)> AskAsync(long citizen, string question)
    {
        Server.EnqueueText(citizen, "cho gặp cán bộ");
        await Bot.WaitForSentAsync(s => s.Any(m => m.ChatId == citizen && m.Text.Contains("gõ câu hỏi vào tin nhắn tiếp theo", StringComparison.Ordinal)));
        Server.EnqueueText(citizen, question);
        var sent = await Bot.WaitForSentAsync(s => s.Any(m => m.ChatId == Group && m.Text.Contains(question, StringComparison.Ordinal)));
        var inGroup = sent.Last(m => m.ChatId == Group && m.Text.Contains(question, StringComparison.Ordinal));
        var code = QuestionCode.FindTagged(inGroup.Text) ?? throw new InvalidOperationException($"No code in: {inGroup.Text}");
        await RecordedAsync(code, inGroup);
        return (code, inGroup);
    }

    /// <summary>Waits until the bot recorded the id of its message in the staff group (it does so once Telegram accepted it).</summary>
    public async Task RecordedAsync(string code, SentMessage inGroup)
    {
        var key = StoredQuestion.MessageKey($"telegram:{Group}", inGroup.MessageId.ToString(CultureInfo.InvariantCulture));
        await Bot.AdvanceUntilAsync(() => Store.Find(code)?.GroupMessages.Contains(key) == true, TimeSpan.Zero);
    }

    /// <summary>
    /// A Telegram reply in the staff group to one of the bot's messages. With <paramref name="quoteText"/> false the
    /// replied-to message comes without its text, so only the recorded message id can match it.
    /// </summary>
    public long ReplyInGroup(long from, SentMessage to, string text, bool quoteText = true) =>
        ReplyInGroup(Server, Time.GetUtcNow(), Interlocked.Increment(ref _groupMessageIds), from, to, text, quoteText);

    /// <summary>The same, for a bot in another process: <paramref name="messageId"/> is the official's new message.</summary>
    public static long ReplyInGroup(FakeTelegramServer server, DateTimeOffset now, long messageId, long from, SentMessage to, string text, bool quoteText = true)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(to);
        var date = now.ToUnixTimeSeconds();
        var replied = new JsonObject
        {
            ["message_id"] = to.MessageId,
            ["from"] = new JsonObject { ["id"] = server.BotId, ["is_bot"] = true, ["first_name"] = "OneStop Test", ["username"] = server.BotUsername },
            ["chat"] = GroupChat(),
            ["date"] = date,
        };
        if (quoteText)
        {
            replied["text"] = to.Text;
        }

        var update = new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["from"] = new JsonObject { ["id"] = from, ["is_bot"] = false, ["first_name"] = "Cán bộ" },
                ["chat"] = GroupChat(),
                ["date"] = date,
                ["text"] = text,
                ["reply_to_message"] = replied,
            },
        };
        return server.EnqueueRaw(update.ToJsonString());
    }

    /// <summary>Messages to the chat that carry an official's answer.</summary>
    public IReadOnlyList<SentMessage> AnswersTo(long citizen) => AnswersTo(Server, citizen);

    public static IReadOnlyList<SentMessage> AnswersTo(FakeTelegramServer server, long citizen) =>
        server.SentTo(citizen).Where(m => m.Text.StartsWith("💬 Cán bộ trả lời:", StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Server.DisposeAsync();
    }

    private static JsonObject GroupChat() => new() { ["id"] = Group, ["type"] = "supergroup", ["title"] = "Tổ một cửa" };
}
