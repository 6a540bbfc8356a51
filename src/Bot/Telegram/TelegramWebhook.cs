using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Safekeeping;
using OneStop.Bot.Storage;
using OneStop.Bot.Webhooks;
using OneStop.Bot.Observability;

namespace OneStop.Bot.Telegram;

/// <summary>
/// POST /telegram/webhook (webhook mode): checks X-Telegram-Bot-Api-Secret-Token in constant time, stores the raw
/// update under its update_id, wakes the processor and answers 200; Telegram sends an update again only when the
/// answer does not come.
/// </summary>
internal sealed class TelegramWebhook(
    InboundEventStore events,
    TelegramWebhookProcessor processor,
    TimeProvider time,
    BotMetrics metrics,
    ILogger<TelegramWebhook> log,
    WriteOutage? outage = null) : IWebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public string Path => "/telegram/webhook";

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var given = Encoding.UTF8.GetBytes(context.Request.Headers[SecretHeader].ToString());
        if (!CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(processor.Secret)))
        {
            log.LogWarning("Refused a Telegram webhook delivery with a missing or wrong {Header} from {Remote}", SecretHeader, context.Connection.RemoteIpAddress);
            metrics.WebhookRejected(TelegramChat.Channel, "signature");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(context.RequestAborted);
        long id;
        try
        {
            using var json = JsonDocument.Parse(raw);
            id = json.RootElement.GetProperty("update_id").GetInt64();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            log.LogWarning(ex, "Refused a Telegram webhook delivery that is not an update");
            metrics.WebhookRejected(TelegramChat.Channel, "malformed");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        bool added;
        try
        {
            added = await events.AddAsync(TelegramWebhookProcessor.Key(id), TelegramChat.Channel, raw, time.GetUtcNow().UtcDateTime);
        }
        catch (Exception ex) when (WriteOutage.IsWriteFailure(ex))
        {
            // Not stored, so not confirmed: Telegram delivers it again.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await (outage?.FailedAsync(ex, [], context.RequestAborted) ?? Task.CompletedTask);
            return;
        }

        if (added)
        {
            processor.Wake();
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
