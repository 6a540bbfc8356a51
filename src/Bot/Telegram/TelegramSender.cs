using System.Net;
using System.Text;
using OneStop.Bot.Delivery;
using OneStop.Domain.Conversation;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace OneStop.Bot.Telegram;

/// <summary>
/// Sends replies to Telegram as plain text (no parse mode, so nothing a citizen typed can break formatting)
/// with an inline keyboard, split past 4096 characters; turns Telegram's errors into <see cref="SendResult"/>s.
/// </summary>
internal sealed class TelegramSender(ITelegramBotClient bot) : IChannelSender
{
    public string Channel => TelegramChat.Channel;

    public async Task<SendResult> SendAsync(ChatAddress to, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return await SendTextAsync(TelegramChat.Id(to), TelegramChat.Thread(to), reply, paid: false, cancellationToken);
    }

    /// <summary>A notice: a photo with the text as its caption when there is one, and Telegram's paid broadcast mode when the commune pays for it.</summary>
    public async Task<SendResult> SendBroadcastAsync(ChatAddress to, Reply reply, BroadcastSend extras, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(extras);
        var chatId = TelegramChat.Id(to);
        if (extras.PhotoFileId is not { } photo)
        {
            return await SendTextAsync(chatId, null, reply, extras.PaidBroadcast, cancellationToken);
        }

        return await GuardAsync(async () =>
        {
            // The staff tool keeps a photo's text within Telegram's 1024-character caption.
            await bot.SendPhoto(chatId, InputFile.FromFileId(photo), caption: reply.Text, replyMarkup: Keyboard(reply),
                allowPaidBroadcast: extras.PaidBroadcast, cancellationToken: cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Staff messages: a photo by file id, a file of ours, or an edit of a message sent before.</summary>
    public async Task<SendResult> SendWithExtrasAsync(ChatAddress to, Reply reply, MessageExtras extras, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(extras);
        var chatId = TelegramChat.Id(to);
        var thread = TelegramChat.Thread(to);
        string? sentId = null;
        var result = await GuardAsync(async () =>
        {
            if (extras.EditMessageId is { } edited)
            {
                var messageId = int.Parse(edited, System.Globalization.CultureInfo.InvariantCulture);
                try
                {
                    if (extras.ButtonsOnly)
                    {
                        await bot.EditMessageReplyMarkup(chatId, messageId, Keyboard(reply), cancellationToken: cancellationToken);
                    }
                    else
                    {
                        await bot.EditMessageText(chatId, messageId, reply.Text, replyMarkup: Keyboard(reply), cancellationToken: cancellationToken);
                    }
                }
                catch (ApiRequestException ex) when (ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
                {
                    // A double tap, or a progress line that did not change: the message already shows this.
                }

                return;
            }

            var caption = reply.Text.Length == 0 ? null : reply.Text;
            Message message;
            if (extras.File is { } file)
            {
                var input = InputFile.FromStream(new MemoryStream(file.Bytes), file.Name);
                message = file.AsPhoto
                    ? await bot.SendPhoto(chatId, input, caption: caption, replyMarkup: Keyboard(reply), messageThreadId: thread, cancellationToken: cancellationToken)
                    : await bot.SendDocument(chatId, input, caption: caption, replyMarkup: Keyboard(reply), messageThreadId: thread, cancellationToken: cancellationToken);
            }
            else if (extras.PhotoFileId is { } photo)
            {
                message = await bot.SendPhoto(chatId, InputFile.FromFileId(photo), caption: caption, replyMarkup: Keyboard(reply), messageThreadId: thread, cancellationToken: cancellationToken);
            }
            else
            {
                var id = await bot.SendRequest(new TextMessageRequest { ChatId = chatId, MessageThreadId = thread, Text = reply.Text, ReplyMarkup = Keyboard(reply) }, cancellationToken);
                sentId = id.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return;
            }

            sentId = message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);
        return result.Outcome == SendOutcome.Sent ? result with { MessageId = sentId } : result;
    }

    /// <summary>The text in parts of at most 4096 characters, the buttons on the last; after a failure part-way, what is left.</summary>
    private async Task<SendResult> SendTextAsync(long chatId, int? thread, Reply reply, bool paid, CancellationToken cancellationToken)
    {
        var keyboard = Keyboard(reply);
        var parts = TelegramText.Split(reply.Text);
        var sent = 0;
        int? firstId = null;
        var result = await GuardAsync(async () =>
        {
            for (; sent < parts.Count; sent++)
            {
                var last = sent == parts.Count - 1;
                var message = await bot.SendRequest(
                    new TextMessageRequest { ChatId = chatId, MessageThreadId = thread, Text = parts[sent], ReplyMarkup = last ? keyboard : null, AllowPaidBroadcast = paid },
                    cancellationToken);
                firstId ??= message.MessageId;
            }
        }, cancellationToken);
        if (result.Outcome == SendOutcome.Sent)
        {
            return firstId is { } id ? result with { MessageId = id.ToString(System.Globalization.CultureInfo.InvariantCulture) } : result;
        }

        return sent == 0 ? result : result with { Rest = new Reply(string.Join("\n\n", parts.Skip(sent)), reply.Buttons) };
    }

    private static async Task<SendResult> GuardAsync(Func<Task> send, CancellationToken cancellationToken)
    {
        try
        {
            await send();
            return SendResult.Sent;
        }
        catch (ApiRequestException ex)
        {
            return Classify(ex);
        }
        catch (RequestException ex)
        {
            return new SendResult(SendOutcome.Transient, Reason: ex.Message) { StatusCode = (int?)ex.HttpStatusCode };
        }
        catch (HttpRequestException ex)
        {
            return new SendResult(SendOutcome.Transient, Reason: ex.Message) { StatusCode = (int?)ex.StatusCode };
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(SendOutcome.Transient, Reason: $"timed out: {ex.Message}");
        }
    }

    public static SendResult Classify(ApiRequestException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ByCode(ex) with { StatusCode = ex.ErrorCode };
    }

    private static SendResult ByCode(ApiRequestException ex)
    {
        return ex.ErrorCode switch
        {
            (int)HttpStatusCode.TooManyRequests => new SendResult(SendOutcome.RetryAfter, TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1)), ex.Message),
            (int)HttpStatusCode.Forbidden => new SendResult(SendOutcome.Unreachable, Reason: ex.Message),
            (int)HttpStatusCode.BadRequest when ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase)
                => new SendResult(SendOutcome.Unreachable, Reason: ex.Message),
            >= 400 and < 500 => new SendResult(SendOutcome.Rejected, Reason: ex.Message),
            _ => new SendResult(SendOutcome.Transient, Reason: ex.Message),
        };
    }

    private static InlineKeyboardMarkup? Keyboard(Reply reply)
    {
        if (reply.Buttons.Count == 0)
        {
            return null;
        }

        return new InlineKeyboardMarkup(reply.Buttons.Select(row => row.Select(Button)));
    }

    private static InlineKeyboardButton Button(ReplyButton button)
    {
        if (button.Url is not null)
        {
            return InlineKeyboardButton.WithUrl(button.Label, button.Url.ToString());
        }

        // Telegram counts callback data in UTF-8 bytes; our payloads are ASCII, so this only guards against a bug.
        return Encoding.UTF8.GetByteCount(button.Payload) is > 0 and <= ButtonPress.MaxPayloadBytes
            ? InlineKeyboardButton.WithCallbackData(button.Label, button.Payload)
            : throw new InvalidOperationException($"Button '{button.Label}' has a payload Telegram would refuse: '{button.Payload}'.");
    }
}
