using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OneStop.FakeBotApi;

/// <summary>
/// sendMessage, sendPhoto, sendDocument and the edits. Checks run in this order: a fault the test asked
/// for, a random fault or a flood storm (soak runs), Telegram's limits (400), a chat that blocked the bot (403),
/// "message is not modified" (400), then flood control (429); only a send that passes them all is recorded and
/// answered with a Message (or, for a random lost answer, recorded and its connection dropped).
/// </summary>
internal sealed class MessageEndpoint(ServerState state)
{
    private static readonly ApiFault Blocked = new(403, null, "Forbidden: bot was blocked by the user");
    private static readonly ApiFault Flood = new(429, 1);

    public async Task SendAsync(HttpResponse response, string method, BotApiRequest request)
    {
        var isEdit = ApiMethods.IsEdit(method);
        if (isEdit && request.GetString("inline_message_id") is not null)
        {
            await ApiResponse.WriteTrueAsync(response);
            return;
        }

        if (request.GetString("chat_id") is null)
        {
            await ApiResponse.WriteErrorAsync(response, 400, "Bad Request: chat_id is empty");
            return;
        }

        if (request.GetInt64("chat_id") is not { } chatId)
        {
            // "@channelusername": this server knows chats by id only.
            await ApiResponse.WriteErrorAsync(response, 400, "Bad Request: chat not found");
            return;
        }

        if (state.Faults.TakeSendFault(chatId) is { } fault)
        {
            await ApiResponse.WriteErrorAsync(response, fault);
            return;
        }

        var chaos = state.Chaos.ForSend();
        if (chaos is { Fault: { Drop: true } })
        {
            response.HttpContext.Abort();
            return;
        }

        if (chaos is { Fault: { } chaosFault })
        {
            await ApiResponse.WriteErrorAsync(response, chaosFault);
            return;
        }

        if (chaos is { Delay: var delay } && delay > TimeSpan.Zero)
        {
            // Real time, like MaxLongPoll: the bot's HTTP client waits in real time too.
            await Task.Delay(delay, response.HttpContext.RequestAborted);
        }

        long? editedId = isEdit ? request.GetInt64("message_id") : null;
        if (isEdit && editedId is null)
        {
            await ApiResponse.WriteErrorAsync(response, 400, "Bad Request: message identifier is not specified");
            return;
        }

        var existing = editedId is { } id ? state.Log.Find(chatId, id) : null;
        var parseMode = request.GetString("parse_mode");
        var (text, problem) = ReadText(method, request, parseMode, existing?.Latest);
        var markup = request.GetJson("reply_markup");
        problem ??= markup is { } markupElement ? MessageRules.CheckMarkup(markupElement) : null;
        if (problem is not null)
        {
            await ApiResponse.WriteErrorAsync(response, 400, problem);
            return;
        }

        if (state.Faults.IsBlocked(chatId))
        {
            await ApiResponse.WriteErrorAsync(response, Blocked);
            return;
        }

        var markupJson = markup is { } element ? element.GetRawText() : null;
        if (existing is { Latest: var current } && current.Text == text
            && current.ReplyMarkupJson == (markupJson is null ? null : JsonText.Readable(markupJson)))
        {
            await ApiResponse.WriteErrorAsync(response, 400,
                "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            return;
        }

        if (!state.RateLimiter.TryAcquire(chatId))
        {
            await ApiResponse.WriteErrorAsync(response, Flood);
            return;
        }

        var now = state.Now;
        var sent = new SentMessage(chatId, editedId ?? state.NextMessageId(), method, text, markupJson, parseMode, now);
        var kind = existing?.Kind ?? KindOf(method);
        state.Log.RecordSent(sent, kind);
        if (chaos is { LoseAnswer: true })
        {
            // Sent, but the bot never hears so.
            response.HttpContext.Abort();
            return;
        }

        var unixNow = now.ToUnixTimeSeconds();
        await ApiResponse.WriteOkAsync(response, writer =>
            TelegramObjects.WriteBotMessage(writer, sent, kind, unixNow, isEdit ? unixNow : null, withMarkup: true));
    }

    private static (string Text, string? Problem) ReadText(string method, BotApiRequest request, string? parseMode, SentMessage? current)
    {
        switch (method)
        {
            case ApiMethods.SendMessage or ApiMethods.EditMessageText:
                var text = request.GetString("text");
                return (text ?? "", MessageRules.CheckText(text, parseMode));
            case ApiMethods.SendPhoto when !request.Has("photo"):
                return ("", "Bad Request: there is no photo in the request");
            case ApiMethods.SendDocument when !request.Has("document"):
                return ("", "Bad Request: there is no document in the request");
            case ApiMethods.EditMessageReplyMarkup:
                return (current?.Text ?? "", null);
            default:
                var caption = request.GetString("caption");
                return (caption ?? "", MessageRules.CheckCaption(caption, parseMode));
        }
    }

    private static string KindOf(string method) => method switch
    {
        ApiMethods.SendPhoto or ApiMethods.EditMessageCaption => ApiMethods.SendPhoto,
        ApiMethods.SendDocument => ApiMethods.SendDocument,
        _ => ApiMethods.SendMessage,
    };
}
