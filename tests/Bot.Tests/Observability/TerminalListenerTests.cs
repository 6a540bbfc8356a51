using System.Net;
using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Hosting;
using OneStop.Bot.LocalChat;
using OneStop.Bot.Tests.Support;
using OneStop.Bot.Webhooks;

namespace OneStop.Bot.Tests.Observability;

/// <summary>The terminal chat with ASPNETCORE_URLS set: the listener serves health and metrics there too.</summary>
public sealed class TerminalListenerTests
{
    [Fact]
    public async Task The_terminal_chat_with_an_address_answers_healthz_readyz_and_counts_its_messages()
    {
        using var folder = new TempFolder();
        var lines = Channel.CreateUnbounded<string>();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = folder.File("onestop.db"),
            ["Content:Path"] = Repository.Content,
            ["urls"] = "http://127.0.0.1:0",
        });
        builder.AddOneStop(Invocation.Parse([]), new TypedLines(lines.Reader));
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(BotHost.Morning));
        // The screen writes nowhere: the test reads the metrics, not the terminal.
        builder.Services.AddSingleton(new LocalScreen(TextWriter.Null, new LocalChatOptions(Jsonl: false)));
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var address = host.Services.GetRequiredService<WebhookServer>().Addresses[0];
            using var http = new HttpClient();
            Assert.Equal("ok", await http.GetStringAsync(new Uri(address, "/healthz")));
            using (var ready = await http.GetAsync(new Uri(address, "/readyz")))
            {
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }

            await lines.Writer.WriteAsync("dang ky ket hon can gi");
            string scrape;
            using var patience = new CancellationTokenSource(BotHost.Patience);
            do
            {
                scrape = await http.GetStringAsync(new Uri(address, "/metrics"), patience.Token);
            }
            while (PrometheusText.Value(scrape, "onestop_messages_sent_total", "channel=\"console\"") is null);

            Assert.Equal(1, PrometheusText.Value(scrape, "onestop_messages_received_total", "channel=\"console\"", "kind=\"text\""));
        }
        finally
        {
            lines.Writer.Complete();
            await host.StopAsync();
        }
    }

    /// <summary>What a person types, a line at a time, until the test completes the channel (Ctrl+D).</summary>
    private sealed class TypedLines(ChannelReader<string> lines) : TextReader
    {
        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
            await lines.WaitToReadAsync(cancellationToken) && lines.TryRead(out var line) ? line : null;
    }
}
