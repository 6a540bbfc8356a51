using OneStop.Domain.Notices;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Tests.Support;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Notices;

/// <summary>
/// The real host over Telegram.Bot against the fake Bot API, with two officials in configuration (an official and a
/// leader), citizens who subscribe by typing /dangky, and helpers to press the buttons the bot sent.
/// </summary>
internal sealed class BroadcastScene : IAsyncDisposable
{
    public const long Official = 9001;
    public const long Leader = 9002;

    private readonly TempFolder _folder = new();

    private BroadcastScene(FakeTelegramServer server, FakeTimeProvider time, BotHost bot, Dictionary<string, string?> settings)
    {
        Server = server;
        Time = time;
        Bot = bot;
        Settings = settings;
    }

    public FakeTelegramServer Server { get; }

    public FakeTimeProvider Time { get; }

    public BotHost Bot { get; private set; }

    public Dictionary<string, string?> Settings { get; }

    public string DatabasePath => _folder.File("bot.db");

    public static async Task<BroadcastScene> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, int? maxSendsPerSecond = null, int? maxSendsPerChatPerSecond = null)
    {
        var time = new FakeTimeProvider(BotHost.Morning);
        var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time, MaxSendsPerSecond = maxSendsPerSecond, MaxSendsPerChatPerSecond = maxSendsPerChatPerSecond });
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Staff:Members:0:TelegramId"] = Official.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Staff:Members:0:Role"] = "official",
            ["Staff:Members:1:TelegramId"] = Leader.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Staff:Members:1:Role"] = "leader",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var scene = new BroadcastScene(server, time, null!, all);
        scene.Bot = await BotHost.StartAsync(server, time, scene.DatabasePath, all);
        return scene;
    }

    /// <summary>Stops the host as SIGTERM would and starts a new one on the same database file.</summary>
    public async Task RestartAsync()
    {
        await Bot.StopAsync();
        Bot = await BotHost.StartAsync(Server, Time, DatabasePath, Settings);
    }

    /// <summary>Each citizen types /dangky, reads what is kept, agrees, and gets the confirmation.</summary>
    public async Task SubscribeAsync(params long[] citizens)
    {
        foreach (var citizen in citizens)
        {
            var before = Server.SentTo(citizen).Count;
            Server.EnqueueText(citizen, "/dangky");
            await Bot.WaitForSentAsync(sent => sent.Count(m => m.ChatId == citizen) > before
                && sent.Any(m => m.ChatId == citizen && m.InlineButtons.SelectMany(row => row).Any(b => b.CallbackData == NoticePress.Subscribe)));
            before = Server.SentTo(citizen).Count;
            Server.EnqueueCallback(citizen, NoticePress.Subscribe);
            await Bot.WaitForSentAsync(sent => sent.Count(m => m.ChatId == citizen) > before);
        }
    }

    /// <summary>The official says something; completes when the bot has answered in that chat.</summary>
    public async Task<SentMessage> SayAsync(long staff, string text, int answers = 1)
    {
        var before = Server.SentTo(staff).Count;
        Server.EnqueueText(staff, text);
        return (await Bot.WaitForSentAsync(sent => sent.Count(m => m.ChatId == staff && m.Method != "editMessageText") >= before + answers))
            .Last(m => m.ChatId == staff);
    }

    /// <summary>
    /// Presses the newest button with this label in the chat; completes when the bot answered with that many new
    /// messages. An edit of the pressed message is not an answer: counted as one, it let the wait end before the
    /// second answer of two went out (the Zalo preview test read the preview for the summary, 1 red in 4 runs).
    /// </summary>
    public async Task<SentMessage> PressAsync(long chat, string label, int answers = 1)
    {
        var data = ButtonData(chat, label);
        var before = Server.SentTo(chat).Count(m => m.Method != "editMessageText");
        Server.EnqueueCallback(chat, data);
        return (await Bot.WaitForSentAsync(sent => sent.Count(m => m.ChatId == chat && m.Method != "editMessageText") >= before + answers))
            .Last(m => m.ChatId == chat && m.Method != "editMessageText");
    }

    public string ButtonData(long chat, string label) =>
        Server.SentTo(chat).Reverse()
            .SelectMany(m => m.InlineButtons.SelectMany(row => row))
            .FirstOrDefault(b => b.Text.Contains(label, StringComparison.Ordinal)).CallbackData
        ?? throw new InvalidOperationException($"No button '{label}' in chat {chat}: {string.Join(" | ", Server.SentTo(chat).Select(m => m.Text))}");

    /// <summary>Moves the bot's clock on until the condition holds (the pace, the runner's rounds, retry_after).</summary>
    public Task AdvanceUntilAsync(Func<bool> condition, double stepSeconds = 0.05) =>
        Bot.AdvanceUntilAsync(condition, TimeSpan.FromSeconds(stepSeconds));

    /// <summary>/thongbao with the text, the audience button, then "Gửi ngay"; completes when the bot says it starts.</summary>
    public async Task SendNoticeAsync(string text, string audience = "Tất cả người đăng ký")
    {
        await SayAsync(Official, "/thongbao " + text);
        await PressAsync(Official, audience, answers: 2);
        await PressAsync(Official, "Gửi ngay");
    }

    /// <summary>Moves the clock on until the official has the final report; returns it.</summary>
    public async Task<SentMessage> ReportAsync(double stepSeconds = 0.05)
    {
        await AdvanceUntilAsync(() => Server.SentTo(Official).Any(IsReport), stepSeconds);
        return Server.SentTo(Official).Last(IsReport);
    }

    public static bool IsReport(SentMessage message) => message.Text.Contains("Đã gửi xong", StringComparison.Ordinal) && message.Method == "sendMessage";

    /// <summary>Citizens 1000, 1001, … subscribed straight in the database (a conversation each would take long).</summary>
    public static long[] Crowd(int count) => Enumerable.Range(1000, count).Select(i => (long)i).ToArray();

    public int NoticesTo(long citizen) => Server.SentTo(citizen).Count(m => m.Text.StartsWith("📣", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Server.DisposeAsync();
        _folder.Dispose();
    }
}
