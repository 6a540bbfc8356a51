using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Safekeeping;
using OneStop.Bot.Storage;
using OneStop.Bot.Webhooks;
using OneStop.Bot.Observability;

namespace OneStop.Bot.Zalo;

/// <summary>
/// POST /zalo/webhook: checks the signature over the raw bytes (a missing or wrong one gets 401 and a log line, and
/// nothing is stored), stores the raw event durably under its de-duplication key, wakes the processor and answers
/// 200. Zalo waits at most 2 seconds; all of this is one small LiteDB commit.
/// </summary>
internal sealed class ZaloWebhook(
    InboundEventStore events,
    ZaloEventProcessor processor,
    IOptions<ZaloOptions> options,
    TimeProvider time,
    BotMetrics metrics,
    ILogger<ZaloWebhook> log,
    WriteOutage? outage = null) : IWebhookEndpoint
{
    // Zalo's events are a few kilobytes; anything far larger is not Zalo.
    private const int MaxBody = 1 << 20;

    public string Path => "/zalo/webhook";

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var raw = await ReadAsync(context.Request);
        if (raw is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        ZaloEventHead head;
        try
        {
            head = ZaloEventHead.Read(raw);
        }
        catch (JsonException ex)
        {
            log.LogWarning(ex, "Refused a Zalo webhook delivery that is not JSON ({Bytes} bytes)", raw.Length);
            metrics.WebhookRejected(ZaloChat.Channel, "malformed");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var settings = options.Value;
        var firstTerm = settings.SignatureFirstTerm == "oa_id" ? head.OaId : settings.AppId ?? "";
        if (!ZaloSignature.Matches(context.Request.Headers[ZaloSignature.Header], firstTerm, raw, head.Timestamp, settings.OaSecretKey ?? ""))
        {
            log.LogWarning("Refused a Zalo webhook delivery ({Event}) with a missing or wrong {Header} from {Remote}",
                head.EventName, ZaloSignature.Header, context.Connection.RemoteIpAddress);
            metrics.WebhookRejected(ZaloChat.Channel, "signature");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        bool added;
        try
        {
            added = await events.AddAsync(head.Key, ZaloChat.Channel, Encoding.UTF8.GetString(raw), time.GetUtcNow().UtcDateTime);
        }
        catch (Exception ex) when (WriteOutage.IsWriteFailure(ex))
        {
            // Not stored, so not confirmed: Zalo delivers it again.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await (outage?.FailedAsync(ex, [], context.RequestAborted) ?? Task.CompletedTask);
            return;
        }

        if (added)
        {
            processor.Wake();
        }
        else
        {
            log.LogInformation("Zalo delivered {Event} {Key} again; it is stored already", head.EventName, head.Key);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static async Task<byte[]?> ReadAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > MaxBody)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
