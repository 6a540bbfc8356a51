using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Bot.Delivery;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Zalo;

/// <summary>
/// Sends replies as Zalo "tin tư vấn" (POST /v3.0/oa/message/cs, the access_token header), rendered within Zalo's
/// limits, and turns Zalo's answers into <see cref="SendResult"/>s. Errors come inside HTTP 200 bodies: -32 waits,
/// -216/-220 refresh the token and retry once, -213/-227 mean the citizen is gone, -230/-232 that the chat is beyond
/// the 7-day window (the message is dropped, the chat stays), -201 is our bug (logged with the request, staff told
/// once); server errors and dropped connections are retried by the dispatcher with backoff.
/// </summary>
internal sealed class ZaloSender(
    HttpClient http,
    ZaloTokens tokens,
    ZaloRenderer renderer,
    ZaloMenus menus,
    ZaloWindow window,
    ZaloAlerts alerts,
    IOptions<ZaloOptions> options,
    ILogger<ZaloSender> log) : IChannelSender
{
    private const string WindowRefusal = "beyond Zalo's interaction window";

    private static readonly TimeSpan RateLimitWait = TimeSpan.FromSeconds(5);

    public string Channel => ZaloChat.Channel;

    public async Task<SendResult> SendAsync(ChatAddress to, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        // A reply to someone who just wrote is free; a reminder, a survey follow-up or a staff alert may not be: billed
        // only where the commune allows it, and never past 7 days (Zalo would refuse it with -230).
        var reach = window.Reach(to);
        if (!window.Allows(reach))
        {
            return new SendResult(SendOutcome.Rejected, Reason: $"beyond Zalo's interaction window ({reach})") { Window = reach };
        }

        var screen = renderer.Render(reply);
        string? firstId = null;
        for (var i = 0; i < screen.Messages.Count; i++)
        {
            var result = await SendOneAsync(to.Id, screen.Messages[i], cancellationToken);
            if (result.Outcome != SendOutcome.Sent)
            {
                return i == 0 ? result : result with { Rest = new Reply(string.Join("\n\n", screen.Messages.Skip(i).Select(m => m.Text)), reply.Buttons) };
            }

            firstId ??= result.MessageId;
        }

        if (screen.Numbered.Count > 0)
        {
            menus.Remember(to.Id, screen.FirstNumber, screen.Numbered);
        }
        else if (reply.Buttons.Count > 0)
        {
            menus.Forget(to.Id);
        }

        return SendResult.Sent with { MessageId = firstId, Window = reach };
    }

    /// <summary>
    /// Zalo cannot edit a message: a kept message's later versions (a broadcast's progress line) are not sent again,
    /// so an official on Zalo sees the first progress and then the report, not a message every few seconds. Photos
    /// and files are sent as their caption (the Telegram staff group gets them whole).
    /// </summary>
    public Task<SendResult> SendWithExtrasAsync(ChatAddress to, Reply reply, MessageExtras extras, CancellationToken cancellationToken) =>
        extras is { EditMessageId: { } kept, ButtonsOnly: false }
            ? Task.FromResult(SendResult.Sent with { MessageId = kept })
            : SendAsync(to, reply, cancellationToken);

    /// <summary>A notice: as any message, only where Zalo lets it through now.</summary>
    public Task<SendResult> SendBroadcastAsync(ChatAddress to, Reply reply, BroadcastSend extras, CancellationToken cancellationToken) =>
        SendAsync(to, reply, cancellationToken);

    private async Task<SendResult> SendOneAsync(string userId, ZaloMessage message, CancellationToken cancellationToken)
    {
        var body = Body(userId, message);
        string? rejected = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            (int Error, string Message, string? MessageId) answer;
            try
            {
                var token = await tokens.AccessTokenAsync(rejected, cancellationToken);
                answer = await PostAsync(token, body, cancellationToken);
                if (answer.Error is -216 or -220 && attempt == 0)
                {
                    log.LogWarning("Zalo refused the access token ({Error}: {Message}); refreshing it and trying again", answer.Error, answer.Message);
                    rejected = token;
                    continue;
                }
            }
            catch (HttpRequestException ex)
            {
                return new SendResult(SendOutcome.Transient, Reason: ex.Message) { StatusCode = (int?)ex.StatusCode };
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                return new SendResult(SendOutcome.Transient, Reason: $"timed out: {ex.Message}");
            }
            catch (InvalidOperationException ex)
            {
                // No token (refreshing failed for good): the message waits in the outbox, retried with backoff.
                return new SendResult(SendOutcome.Transient, Reason: ex.Message);
            }

            return await ClassifyAsync(answer, body);
        }

        return new SendResult(SendOutcome.Transient, Reason: "the access token was refused twice");
    }

    private async Task<SendResult> ClassifyAsync((int Error, string Message, string? MessageId) answer, string body)
    {
        var result = Classify(answer.Error, answer.Message);
        if (result.Outcome == SendOutcome.Sent)
        {
            result = result with { MessageId = answer.MessageId };
        }

        if (answer.Error == -201)
        {
            // Not the request itself: it holds the citizen's id and the text sent to them.
            log.LogError("Zalo refused a request of ours as invalid ({Message}); the request was {Bytes} bytes", answer.Message, body.Length);
            await alerts.TellOnceAsync("zalo-201", "⚠️ Zalo từ chối một tin nhắn của trợ lý vì sai tham số (lỗi -201). Tin đó đã bị bỏ; cần báo cho người phát triển xem nhật ký.");
        }

        return result;
    }

    public static SendResult Classify(int error, string message) => error switch
    {
        0 => SendResult.Sent,
        -32 => new SendResult(SendOutcome.RetryAfter, RateLimitWait, message),
        -213 or -227 => new SendResult(SendOutcome.Unreachable, Reason: message),
        -230 or -232 => new SendResult(SendOutcome.Rejected, Reason: $"{WindowRefusal}: {message}") { Window = ChannelReach.None },
        -216 or -220 => new SendResult(SendOutcome.Transient, Reason: message),
        < 0 => new SendResult(SendOutcome.Rejected, Reason: $"{error}: {message}"),
        _ => new SendResult(SendOutcome.Transient, Reason: $"{error}: {message}"),
    };

    private async Task<(int Error, string Message, string? MessageId)> PostAsync(string token, string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{options.Value.ApiBaseUrl.TrimEnd('/')}/v3.0/oa/message/cs"))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("access_token", token);
        using var response = await http.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new HttpRequestException($"Zalo answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = json.RootElement;
        var error = root.TryGetProperty("error", out var e) && e.TryGetInt32(out var code) ? code : (response.IsSuccessStatusCode ? 0 : -1);
        var id = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? ZaloEventHead.Text(data, "message_id") : null;
        return (error, ZaloEventHead.Text(root, "message") ?? "", id);
    }

    public static string Body(string userId, ZaloMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var content = new JsonObject { ["text"] = message.Text };
        if (message.Buttons.Count > 0)
        {
            var buttons = new JsonArray();
            foreach (var button in message.Buttons)
            {
                JsonNode payload = button.Type switch
                {
                    "oa.open.url" => new JsonObject { ["url"] = button.Value },
                    "oa.open.phone" => new JsonObject { ["phone_code"] = button.Value },
                    _ => JsonValue.Create(button.Value),
                };
                buttons.Add(new JsonObject { ["title"] = button.Title, ["type"] = button.Type, ["payload"] = payload });
            }

            content["attachment"] = new JsonObject
            {
                ["type"] = "template",
                ["payload"] = new JsonObject { ["buttons"] = buttons },
            };
        }

        return new JsonObject { ["recipient"] = new JsonObject { ["user_id"] = userId }, ["message"] = content }.ToJsonString();
    }
}
