using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Observability;

namespace OneStop.Bot.Webhooks;

/// <summary>
/// Kestrel on the configured addresses, serving the channels' webhook endpoints and the health and metrics endpoints
/// (<see cref="HealthEndpoints"/>), whatever the channels: Telegram polling and the terminal chat too. A small web app of
/// its own inside the bot's host, so the host stays the same whatever the channels: its handlers come from the
/// bot's container. It starts before the channels' processors and stops after them.
/// </summary>
internal sealed class WebhookServer(
    WebhookOptions options,
    IEnumerable<IWebhookEndpoint> endpoints,
    HealthEndpoints health,
    ILoggerFactory logging) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses bound (port 0 becomes the real port), for tests and the log.</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The bot's own configuration and logs; nothing of the web defaults.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        // The bot's host owns the process's lifetime (SIGTERM, Ctrl+C); this app is stopped by it.
        builder.Services.AddSingleton<IHostLifetime, InnerLifetime>();
        builder.Services.AddSingleton(logging);
        builder.WebHost.UseKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.WebHost.UseUrls(options.Urls!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var app = builder.Build();
        foreach (var endpoint in endpoints)
        {
            app.MapPost(endpoint.Path, endpoint.HandleAsync);
        }

        health.Map(app);
        await app.StartAsync(cancellationToken);
        _app = app;
        Addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .Select(a => new Uri(a)).ToList();
        logging.CreateLogger<WebhookServer>().LogInformation("Listening for webhooks on {Addresses}", string.Join(", ", Addresses));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

/// <summary>The web app's lifetime inside the bot's host: nothing of its own.</summary>
internal sealed class InnerLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
