using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Delivery;
using OneStop.Bot.Hosting;
using OneStop.Bot.Storage;
using OneStop.Bot.Telegram;
using OneStop.Domain.Conversation;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Support;

/// <summary>
/// The real bot host, built in this process exactly as Program.cs builds it (AddOneStop), pointed at a
/// <see cref="FakeTelegramServer"/> and a LiteDB file of the test's own, with a <see cref="FakeTimeProvider"/>
/// as its clock. Backoffs and retry_after waits are timers on that clock: <see cref="AdvanceUntilAsync"/>
/// moves it on while the test waits for what it expects.
/// </summary>
internal sealed class BotHost : IAsyncDisposable
{
    /// <summary>Real time a wait may take before the test fails; generous, because a loaded CI machine is slow, and never spent when all goes well.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Tuesday 01/12/2026, 9 o'clock in the commune: the desk is open.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    // How long the clock waits for the bot to act before it moves time on by a step.
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);

    private readonly IHost _host;
    private int _stopped;

    private BotHost(IHost host, FakeTelegramServer server, FakeTimeProvider time, BotHostLog log)
    {
        _host = host;
        Server = server;
        Time = time;
        Log = log;
    }

    public FakeTelegramServer Server { get; }

    public FakeTimeProvider Time { get; }

    public BotHostLog Log { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>Settings every test host gets; a test adds or overrides with its own.</summary>
    public static Dictionary<string, string?> Settings(FakeTelegramServer server, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Telegram:BotToken"] = server.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString(),
            ["Telegram:PollTimeout"] = "00:00:01",
            ["Storage:Path"] = databasePath,
            ["Content:Path"] = Repository.Content,
        };
    }

    public static async Task<BotHost> StartAsync(
        FakeTelegramServer server,
        FakeTimeProvider time,
        string databasePath,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(time);
        var configuration = Settings(server, databasePath);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        // No defaults: a developer's environment variables or appsettings must not reach the test.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddOneStop(Invocation.Parse([]));
        builder.Services.AddSingleton<TimeProvider>(time);
        services?.Invoke(builder.Services);
        var log = new BotHostLog();
        builder.Logging.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Debug);

        var host = builder.Build();
        await host.StartAsync();
        return new BotHost(host, server, time, log);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public static string Key(long chatId) => TelegramChat.Address(chatId).Key;

    public Session? SessionOf(long chatId) => Get<ConversationStore>().FindSession(Key(chatId));

    public ChatRecord? ChatOf(long chatId) => Get<ConversationStore>().FindChat(Key(chatId));

    /// <summary>Completes once the bot sent what the condition asks for; on timeout the message lists what was sent and what the bot logged.</summary>
    public async Task<IReadOnlyList<SentMessage>> WaitForSentAsync(Func<IReadOnlyList<SentMessage>, bool> condition)
    {
        try
        {
            return await Server.WaitForSentAsync(condition, Patience);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\nThe bot logged:\n{Log}", ex);
        }
    }

    public Task<IReadOnlyList<SentMessage>> WaitForSentToAsync(long chatId, int count) =>
        WaitForSentAsync(sent => sent.Count(m => m.ChatId == chatId) >= count);

    /// <summary>
    /// Completes once the bot confirmed the update (asked for a later offset) and has nothing left in flight:
    /// any answer it was going to send has been sent. For updates that must get no answer.
    /// </summary>
    public Task WaitUntilHandledAsync(long updateId)
    {
        var dispatcher = Get<OutboxDispatcher>();
        return WaitForSentAsync(_ => Server.LastConfirmedOffset > updateId && dispatcher.InFlight == 0);
    }

    /// <summary>
    /// Moves the bot's clock on by <paramref name="step"/> whenever the bot has been quiet for a moment, until
    /// the condition holds: timers (backoffs, retry_after) fire as on a real clock, only faster. The condition
    /// is checked on every call the bot makes, so no step is taken once it holds.
    /// </summary>
    public async Task AdvanceUntilAsync(Func<bool> condition, TimeSpan step)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > Patience)
            {
                throw new TimeoutException($"The condition did not hold after {watch.Elapsed} (the bot's clock is at {Time.GetUtcNow():O}).\nThe bot logged:\n{Log}");
            }

            try
            {
                await Server.WaitForSentAsync(_ => condition(), Tick);
                return;
            }
            catch (TimeoutException)
            {
                Time.Advance(step);
            }
        }
    }

    /// <summary>Stops as SIGTERM would: running work finishes, the database is closed.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        await _host.StopAsync();
        _host.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
