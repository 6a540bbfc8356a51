using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Hosting;
using OneStop.Bot.Storage;
using OneStop.Bot.Tests.Support;
using OneStop.Bot.Webhooks;
using OneStop.Bot.Zalo;
using OneStop.FakeZaloOa;

namespace OneStop.Bot.Tests.Zalo;

/// <summary>
/// The real host, Zalo only (no Telegram token), its webhook server on 127.0.0.1 port 0, against a
/// <see cref="FakeZaloServer"/>, with a <see cref="FakeTimeProvider"/> as the clock of both.
/// </summary>
internal sealed class ZaloScene : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempFolder _folder = new();
    private IHost? _host;

    private ZaloScene(FakeZaloServer oa, FakeTimeProvider time)
    {
        Oa = oa;
        Time = time;
    }

    public FakeZaloServer Oa { get; }

    public FakeTimeProvider Time { get; }

    public BotHostLog Log { get; private set; } = new();

    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Uri Webhook { get; private set; } = null!;

    public string DatabasePath => _folder.File("bot.db");

    public static async Task<ZaloScene> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool startBot = true)
    {
        var time = new FakeTimeProvider(BotHost.Morning);
        var oa = await FakeZaloServer.StartAsync(new FakeZaloOptions { Time = time }).WaitAsync(Patience);
        var scene = new ZaloScene(oa, time);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            scene.Settings[key] = value;
        }

        if (startBot)
        {
            await scene.StartBotAsync();
        }

        return scene;
    }

    public T Get<T>()
        where T : notnull => _host!.Services.GetRequiredService<T>();

    public async Task StartBotAsync()
    {
        var configuration = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Zalo:AppId"] = Oa.Options.AppId,
            ["Zalo:AppSecret"] = Oa.Options.AppSecret,
            ["Zalo:OaSecretKey"] = Oa.Options.OaSecretKey,
            ["Zalo:RefreshToken"] = Oa.Options.FirstRefreshToken,
            ["Zalo:ApiBaseUrl"] = Oa.BaseUrl.ToString(),
            ["Zalo:OAuthBaseUrl"] = Oa.BaseUrl.ToString(),
            ["Storage:Path"] = DatabasePath,
            ["Content:Path"] = Repository.Content,
        };
        foreach (var (key, value) in Settings)
        {
            configuration[key] = value;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddOneStop(Invocation.Parse([]));
        builder.Services.AddSingleton<TimeProvider>(Time);
        Log = new BotHostLog();
        builder.Logging.ClearProviders().AddProvider(Log).SetMinimumLevel(LogLevel.Debug);
        _host = builder.Build();
        await _host.StartAsync().WaitAsync(Patience);
        Webhook = new Uri(Get<WebhookServer>().Addresses[0], "/zalo/webhook");
    }

    public async Task StopBotAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync().WaitAsync(Patience);
            host.Dispose();
        }
    }

    public Task<(HttpStatusCode Status, TimeSpan Elapsed)> DeliverAsync(JsonObject zaloEvent, ZaloSigning signing = ZaloSigning.AsZalo) =>
        Oa.DeliverAsync(Webhook, zaloEvent, signing);

    public Task<(HttpStatusCode Status, TimeSpan Elapsed)> SayAsync(string user, string text, string? msgId = null) =>
        DeliverAsync(ZaloEvents.Text(Oa.Options, user, text, Time.GetUtcNow(), msgId));

    /// <summary>The citizen taps a query button of the last message with a title containing <paramref name="title"/>.</summary>
    public Task<(HttpStatusCode Status, TimeSpan Elapsed)> TapAsync(string user, string title)
    {
        var button = Oa.SentTo(user).Reverse().SelectMany(m => m.Buttons).First(b => b.Title.Contains(title, StringComparison.Ordinal));
        return SayAsync(user, button.Payload);
    }

    /// <summary>Waits (real time) until the condition holds, moving the clock on by <paramref name="step"/> when given.</summary>
    public async Task UntilAsync(Func<bool> condition, TimeSpan? step = null)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > Patience)
            {
                throw new TimeoutException($"The condition did not hold. Sent: {string.Join(" | ", Oa.Sent.Select(m => $"{m.UserId}: {m.Text}"))}\nThe bot logged:\n{Log}");
            }

            await Task.Delay(20);
            // Not while a send is on the wire: its real-time latency must not become time on the bot's clock.
            if (step is { } by && Get<OneStop.Bot.Delivery.SendGate>().OnTheWire == 0)
            {
                Time.Advance(by);
            }
        }
    }

    /// <summary>Waits until every stored event is handled and the outbox is empty.</summary>
    public Task SettledAsync() =>
        UntilAsync(() => Get<InboundEventStore>().Pending(ZaloChat.Channel, 1).Count == 0 && Get<OneStop.Bot.Delivery.OutboxDispatcher>().InFlight == 0);

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Oa.DisposeAsync().AsTask().WaitAsync(Patience);
        _folder.Dispose();
    }
}
