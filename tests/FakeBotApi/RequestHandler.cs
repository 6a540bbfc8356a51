using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OneStop.FakeBotApi;

/// <summary>Answers POST or GET /bot{token}/{method} for every method; sends go to <see cref="MessageEndpoint"/>.</summary>
internal sealed class RequestHandler(ServerState state, CancellationToken stopping)
{
    private static readonly string GetMeJson = TelegramObjects.GetMe();

    private readonly MessageEndpoint _messages = new(state);

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        if (!TryParsePath(context.Request.Path.Value, out var token, out var rawMethod))
        {
            await ApiResponse.WriteErrorAsync(response, 404, "Not Found");
            return;
        }

        if (!string.Equals(token, TelegramObjects.Token, StringComparison.Ordinal))
        {
            await ApiResponse.WriteErrorAsync(response, 401, "Unauthorized");
            return;
        }

        try
        {
            var method = ApiMethods.Normalize(rawMethod);
            using var request = await BotApiRequest.ReadAsync(context.Request, context.RequestAborted);
            if (method == ApiMethods.GetUpdates)
            {
                await GetUpdatesAsync(context, request);
                return;
            }

            state.Log.RecordCall(new RecordedCall(method, request.Body, state.Now));
            if (request.IsMalformed)
            {
                await ApiResponse.WriteErrorAsync(response, 400, "Bad Request: can't parse JSON object");
                return;
            }

            await AnswerAsync(response, method, request);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (JsonException ex)
        {
            await ApiResponse.WriteErrorAsync(response, 400, "Bad Request: can't parse JSON: " + ex.Message);
        }
        catch (Exception ex) when (!response.HasStarted)
        {
            // A bug in this fake: say so in the answer, where the test will see it (there is no logging).
            await ApiResponse.WriteErrorAsync(response, 500, $"FakeBotApi failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private Task AnswerAsync(HttpResponse response, string method, BotApiRequest request)
    {
        if (ApiMethods.ProducesMessage(method))
        {
            return _messages.SendAsync(response, method, request);
        }

        switch (method)
        {
            case ApiMethods.GetMe:
                return ApiResponse.WriteOkRawAsync(response, GetMeJson);
            case ApiMethods.AnswerCallbackQuery:
                if (request.GetString("callback_query_id") is not { Length: > 0 } callbackQueryId)
                {
                    return ApiResponse.WriteErrorAsync(response, 400, "Bad Request: query_id is empty");
                }

                state.Log.RecordAnswer(callbackQueryId);
                return ApiResponse.WriteTrueAsync(response);
            case ApiMethods.SetWebhook:
                state.Updates.SetWebhook(request.GetString("url"), IsTrue(request.GetString("drop_pending_updates")));
                return ApiResponse.WriteTrueAsync(response);
            case ApiMethods.DeleteWebhook:
                state.Updates.SetWebhook(null, IsTrue(request.GetString("drop_pending_updates")));
                return ApiResponse.WriteTrueAsync(response);
            case ApiMethods.GetWebhookInfo:
                return ApiResponse.WriteOkAsync(response, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("url", state.Updates.WebhookUrl ?? "");
                    writer.WriteBoolean("has_custom_certificate", false);
                    writer.WriteNumber("pending_update_count", state.Updates.PendingCount);
                    writer.WriteEndObject();
                });
            case ApiMethods.SetMyCommands:
                state.CommandsJson = request.GetString("commands");
                return ApiResponse.WriteTrueAsync(response);
            case ApiMethods.GetMyCommands:
                return ApiResponse.WriteOkRawAsync(response, state.CommandsJson ?? "[]");
            default:
                return ApiResponse.WriteTrueAsync(response);
        }
    }

    private async Task GetUpdatesAsync(HttpContext context, BotApiRequest request)
    {
        var fault = state.Faults.TakeGetUpdatesFault() ?? state.Chaos.ForPoll();
        long generation = 0;
        if (fault is null && !request.IsMalformed)
        {
            fault = state.Updates.BeginPoll(request.GetInt64("offset"), AllowedUpdates(request), out generation);
        }

        // Recorded after the offset is confirmed, so WaitForCallAsync("getUpdates", n) implies the confirmation.
        state.Log.RecordCall(new RecordedCall(ApiMethods.GetUpdates, request.Body, state.Now));
        if (fault is { Drop: true })
        {
            context.Abort();
            return;
        }

        if (fault is not null || request.IsMalformed)
        {
            await ApiResponse.WriteErrorAsync(context.Response, fault ?? new ApiFault(400, null, "Bad Request: can't parse JSON object"));
            return;
        }

        var limit = (int)Math.Clamp(request.GetInt64("limit") is { } l and > 0 ? l : 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Clamp(request.GetInt64("timeout") ?? 0, 0, 3600));
        var hold = timeout < state.Options.MaxLongPoll ? timeout : state.Options.MaxLongPoll;
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var (updates, conflict) = await state.Updates.HoldAsync(generation, limit, hold, ending.Token);
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (conflict is not null)
        {
            await ApiResponse.WriteErrorAsync(context.Response, conflict);
            return;
        }

        var json = new StringBuilder("[");
        for (var i = 0; i < updates!.Count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(updates[i]);
        }

        await ApiResponse.WriteOkRawAsync(context.Response, json.Append(']').ToString());
    }

    /// <summary>null when the call does not set allowed_updates (Telegram keeps the previous setting).</summary>
    private static FrozenSet<string>? AllowedUpdates(BotApiRequest request)
    {
        if (request.GetJson("allowed_updates") is not { ValueKind: JsonValueKind.Array } allowed)
        {
            return null;
        }

        var types = new List<string>();
        foreach (var type in allowed.EnumerateArray())
        {
            types.Add(type.GetString() ?? "");
        }

        return types.ToFrozenSet(StringComparer.Ordinal);
    }

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits "/bot123456:TEST-TOKEN/sendMessage"; the token holds a ':' but never a '/'.</summary>
    private static bool TryParsePath(string? path, out string token, out string method)
    {
        token = method = "";
        var rest = path.AsSpan().TrimStart('/');
        if (!rest.StartsWith("bot", StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[3..];
        var slash = rest.IndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        var name = rest[(slash + 1)..].TrimEnd('/');
        if (name.IsEmpty || name.Contains('/'))
        {
            return false;
        }

        token = rest[..slash].ToString();
        method = name.ToString();
        return true;
    }
}
