using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Hosting;
using OneStop.FakeBotApi;

namespace OneStop.Bench.Conversation;

/// <summary>
/// The real bot host (AddOneStop, as Program.cs builds it) in this process, polling the fake server over
/// loopback with the real Telegram.Bot client and keeping its state in a LiteDB file of its own.
/// </summary>
internal sealed class BenchBot : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchBot(IHost host) => _host = host;

    public static async Task<BenchBot> StartAsync(FakeTelegramServer server, string databasePath, TimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = server.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString(),
            ["Storage:Path"] = databasePath,
        });
        builder.AddOneStop(Invocation.Parse([]));
        builder.Services.AddSingleton(time);
        // Only what needs attention, on stderr: the figures go to stdout.
        builder.Logging.ClearProviders()
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning);
        var host = builder.Build();
        await host.StartAsync();
        return new BenchBot(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
