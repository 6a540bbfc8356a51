using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Telegram;
using OneStop.Bot.Tests.Support;
using OneStop.Bot.Webhooks;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Observability;

/// <summary>Deliveries refused at the webhook count in onestop.webhook.rejected, by reason.</summary>
public sealed class WebhookRejectionTests
{
    [Fact]
    public async Task A_wrong_secret_and_a_body_that_is_not_an_update_are_counted_apart()
    {
        using var folder = new TempFolder();
        var time = new FakeTimeProvider(BotHost.Morning);
        await using var server = await FakeTelegramServer.StartAsync(new FakeServerOptions { Time = time });
        await using var bot = await BotHost.StartAsync(server, time, folder.File("bot.db"), new Dictionary<string, string?>
        {
            ["Telegram:WebhookUrl"] = "https://xa.example.vn/telegram/webhook",
            ["urls"] = "http://127.0.0.1:0",
        });
        await server.WaitForCallAsync("setWebhook", 1, BotHost.Patience);
        var address = bot.Get<WebhookServer>().Addresses[0];
        var secret = bot.Get<TelegramWebhookProcessor>().Secret;
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, address, "{}", "wrong"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, address, "{}", null));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(http, address, "not json", secret));
        var scrape = await http.GetStringAsync(new Uri(address, "/metrics"));

        Assert.Equal(2, PrometheusText.Value(scrape, "onestop_webhook_rejected_total", "channel=\"telegram\"", "reason=\"signature\""));
        Assert.Equal(1, PrometheusText.Value(scrape, "onestop_webhook_rejected_total", "channel=\"telegram\"", "reason=\"malformed\""));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, Uri address, string body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "/telegram/webhook")) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhook.SecretHeader, secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
