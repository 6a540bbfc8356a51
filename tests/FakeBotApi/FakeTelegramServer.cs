using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OneStop.FakeBotApi;

/// <summary>
/// A Telegram Bot API server on loopback for the real Telegram.Bot client: it queues updates for
/// getUpdates, records what the bot sends, and injects the faults Telegram produces.
/// </summary>
public sealed partial class FakeTelegramServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ServerState _state;
    private readonly CancellationTokenSource _stopping;
    private int _disposed;

    private FakeTelegramServer(WebApplication app, ServerState state, CancellationTokenSource stopping, Uri baseUrl)
    {
        _app = app;
        _state = state;
        _stopping = stopping;
        BaseUrl = baseUrl;
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:45123/ (a free port, chosen by the OS).</summary>
    public Uri BaseUrl { get; }

    /// <summary>"123456:TEST-TOKEN"; calls with another token get 401 Unauthorized.</summary>
    public string Token { get; } = TelegramObjects.Token;

    public long BotId { get; } = TelegramObjects.BotId;

    public string BotUsername { get; } = TelegramObjects.BotUsername;

    public FakeServerOptions Options => _state.Options;

    public static async Task<FakeTelegramServer> StartAsync(FakeServerOptions? options = null)
    {
        options ??= new FakeServerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLongPoll, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxSendsPerSecond ?? 1, 1, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Time, nameof(options));

        var builder = WebApplication.CreateSlimBuilder();
        // Isolated from whatever hosts it: no appsettings, no ASPNETCORE_* variables, no Kestrel endpoints of the bot.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime>(new QuietHostLifetime());
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });

        var app = builder.Build();
        var state = new ServerState(options);
        var stopping = new CancellationTokenSource();
        app.Run(new RequestHandler(state, stopping.Token).HandleAsync);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            stopping.Dispose();
            await app.DisposeAsync();
            throw;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new FakeTelegramServer(app, state, stopping, new Uri(addresses.Addresses.First()));
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Held getUpdates answer at once instead of making shutdown wait for them.
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
