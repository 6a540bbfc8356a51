using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OneStop.Bot.Storage;
using OneStop.Bot.Telegram;
using OneStop.Bot.Tests.Support;
using OneStop.Bot.Webhooks;
using OneStop.FakeBotApi;

namespace OneStop.Bot.Tests.Telegram;

/// <summary>Webhook mode: setWebhook with a secret, POST /telegram/webhook checked, stored, answered, handled once.</summary>
public sealed class TelegramWebhookTests
{
    private const long Citizen = 7301;

    [Fact]
    public async Task Updates_posted_with_the_secret_are_answered_once_others_get_401_and_healthz_answers()
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
        var setWebhook = server.Calls.First(c => c.Method == "setWebhook");
        using var body = JsonDocument.Parse(setWebhook.Body);
        var secret = body.RootElement.GetProperty("secret_token").GetString()!;
        var webhook = new Uri(bot.Get<WebhookServer>().Addresses[0], "/telegram/webhook");
        using var http = new HttpClient();

        Assert.Equal("ok", await http.GetStringAsync(new Uri(webhook, "/healthz")));
        var update = Update(901, "menu");
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, webhook, update, "wrong"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(http, webhook, update, null));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, webhook, update, secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, webhook, update, secret));
        await bot.WaitForSentToAsync(Citizen, 1);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, webhook, Update(902, "/help"), secret));
        var sent = await bot.WaitForSentAsync(s => s.Count(m => m.ChatId == Citizen) >= 3);

        Assert.Equal(3, sent.Count(m => m.ChatId == Citizen));
        Assert.True(bot.Get<InboundEventStore>().IsHandled(TelegramWebhookProcessor.Key(902)));
        Assert.DoesNotContain(server.Calls, c => c.Method == "getUpdates");
    }

    private static string Update(long id, string text) =>
        $$$"""{"update_id":{{{id}}},"message":{"message_id":{{{id}}},"from":{"id":{{{Citizen}}},"is_bot":false,"first_name":"Lan"},"chat":{"id":{{{Citizen}}},"type":"private","first_name":"Lan"},"date":{{{BotHost.Morning.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}}},"text":"{{{text}}}"}}""";

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, Uri webhook, string json, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhook.SecretHeader, secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
