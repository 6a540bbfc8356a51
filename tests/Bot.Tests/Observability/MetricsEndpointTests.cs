using System.Net;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Delivery;
using OneStop.Bot.Observability;
using OneStop.Bot.Tests.Support;
using OneStop.Bot.Webhooks;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Observability;

/// <summary>/healthz, /readyz and /metrics on the HTTP listener while Telegram is polled (no webhook at all).</summary>
public sealed class MetricsEndpointTests : IDisposable
{
    private const long Citizen = 8101;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly TempFolder _folder = new();
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task After_a_conversation_over_polling_the_scrape_shows_messages_in_replies_out_latency_and_failed_sends()
    {
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        await using var bot = await BotHost.StartAsync(server, time, _folder.File("bot.db"), Listening());
        var address = bot.Get<WebhookServer>().Addresses[0];

        server.EnqueueText(Citizen, "/start");
        await bot.WaitForSentToAsync(Citizen, 1);
        // The next reply meets a server error first, then flood control: both are retried and counted.
        server.FailNextSends(1, 502);
        server.FailNextSends(1, 429, retryAfterSeconds: 3, after: 1);
        server.EnqueueText(Citizen, "dang ky ket hon can gi");
        await bot.AdvanceUntilAsync(() => server.SentTo(Citizen).Count >= 2, Second);
        server.EnqueueCallback(Citizen, "menu");
        await bot.AdvanceUntilAsync(() => server.SentTo(Citizen).Count >= 3 && bot.Get<OutboxDispatcher>().InFlight == 0, Second);

        var scrape = await _http.GetStringAsync(new Uri(address, "/metrics"));

        Assert.Equal(2, PrometheusText.Value(scrape, "onestop_messages_received_total", "channel=\"telegram\"", "kind=\"text\""));
        Assert.Equal(1, PrometheusText.Value(scrape, "onestop_messages_received_total", "channel=\"telegram\"", "kind=\"button\""));
        Assert.True(PrometheusText.Value(scrape, "onestop_messages_sent_total", "channel=\"telegram\"", "kind=\"reply\"") >= 3, scrape);
        Assert.True(PrometheusText.Value(scrape, "onestop_reply_duration_seconds_count", "channel=\"telegram\"") >= 3, scrape);
        // The reply that met the 502 and the 429 waited at least the backoff and the 3 s retry_after on the bot's clock.
        Assert.True(PrometheusText.Value(scrape, "onestop_reply_duration_seconds_sum", "channel=\"telegram\"") >= 3, scrape);
        Assert.Equal(1, PrometheusText.Value(scrape, "onestop_sends_failed_total", "error_type=\"5xx\""));
        Assert.Equal(1, PrometheusText.Value(scrape, "onestop_sends_failed_total", "error_type=\"429\""));
        Assert.Equal(0, PrometheusText.Value(scrape, "onestop_outbox_depth"));
        Assert.Equal(0, PrometheusText.Value(scrape, "onestop_outbox_oldest_age_seconds"));
        Assert.Equal(0, PrometheusText.Value(scrape, "onestop_handover_open"));
        Assert.Equal(0, PrometheusText.Value(scrape, "onestop_broadcasts_active"));
        Assert.DoesNotContain(Citizen.ToString(System.Globalization.CultureInfo.InvariantCulture), scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_waits_for_the_first_poll_turns_503_with_the_reason_while_Telegram_fails_and_recovers()
    {
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        await using var bot = await BotHost.StartAsync(server, time, _folder.File("bot.db"), Listening());
        var address = bot.Get<WebhookServer>().Addresses[0];
        var readiness = bot.Get<Readiness>();

        Assert.Equal("ok", await _http.GetStringAsync(new Uri(address, "/healthz")));
        await server.WaitForCallAsync("getUpdates", 2, BotHost.Patience);
        var (status, body) = await ReadyAsync(address);
        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Contains("\"ready\"", body, StringComparison.Ordinal);

        server.FailNextGetUpdates(3, 502);
        await bot.AdvanceUntilAsync(() => readiness.Problems().Count > 0, TimeSpan.FromMilliseconds(100));
        (status, body) = await ReadyAsync(address);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("telegram getUpdates: 502", body, StringComparison.Ordinal);

        await bot.AdvanceUntilAsync(() => readiness.Problems().Count == 0, Second);
        (status, _) = await ReadyAsync(address);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_send_the_platform_fails_makes_readyz_503_until_a_send_succeeds()
    {
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        await using var bot = await BotHost.StartAsync(server, time, _folder.File("bot.db"), Listening());
        var address = bot.Get<WebhookServer>().Addresses[0];
        var readiness = bot.Get<Readiness>();

        server.FailNextSends(1, 503);
        server.EnqueueText(Citizen, "/start");
        await bot.AdvanceUntilAsync(() => readiness.Problems().Any(p => p.StartsWith("telegram send", StringComparison.Ordinal)), TimeSpan.FromMilliseconds(100));
        var (status, body) = await ReadyAsync(address);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("telegram send: the platform answered 503", body, StringComparison.Ordinal);
        var scrape = await _http.GetStringAsync(new Uri(address, "/metrics"));
        Assert.Equal(1, PrometheusText.Value(scrape, "onestop_outbox_depth"));
        Assert.True(PrometheusText.Value(scrape, "onestop_outbox_oldest_age_seconds") >= 0, scrape);

        // The fake server records the message before the bot reads its answer: wait for the bot to have read it.
        await bot.AdvanceUntilAsync(() => server.SentTo(Citizen).Count == 1 && readiness.Problems().Count == 0, Second);
        (status, body) = await ReadyAsync(address);
        Assert.True(status == HttpStatusCode.OK, body);
    }

    [Fact]
    public async Task Two_bots_in_one_process_each_scrape_only_their_own_figures()
    {
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var firstServer = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        await using var secondServer = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        await using var first = await BotHost.StartAsync(firstServer, time, _folder.File("first.db"), Listening());
        await using var second = await BotHost.StartAsync(secondServer, time, _folder.File("second.db"), Listening());

        firstServer.EnqueueText(Citizen, "/start");
        await first.WaitForSentToAsync(Citizen, 1);
        var ofFirst = await _http.GetStringAsync(new Uri(first.Get<WebhookServer>().Addresses[0], "/metrics"));
        var ofSecond = await _http.GetStringAsync(new Uri(second.Get<WebhookServer>().Addresses[0], "/metrics"));

        Assert.Equal(1, PrometheusText.Value(ofFirst, "onestop_messages_received_total"));
        Assert.Null(PrometheusText.Value(ofSecond, "onestop_messages_received_total"));
    }

    private static Dictionary<string, string?> Listening() => new() { ["urls"] = "http://127.0.0.1:0" };

    private async Task<(HttpStatusCode Status, string Body)> ReadyAsync(Uri address)
    {
        using var response = await _http.GetAsync(new Uri(address, "/readyz"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
