using OneStop.Bot.Delivery;
using OneStop.Domain.Conversation;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace OneStop.Bot.Broadcasts;

/// <summary>
/// Messages to officials, sent straight to Telegram (staff tools are Telegram's only). Each counts in the broadcast
/// pace, so the progress of a broadcast never pushes the bot over Telegram's limit.
/// </summary>
internal sealed class StaffChat(ITelegramBotClient bot, OutboxDispatcher dispatcher)
{
    public Task SayAsync(long chatId, string text, CancellationToken token) => SayAsync(chatId, text, [], token);

    public async Task<Message> SayAsync(long chatId, string text, IReadOnlyList<IReadOnlyList<ReplyButton>> buttons, CancellationToken token)
    {
        dispatcher.Pace.Spend();
        return await bot.SendMessage(chatId, text, replyMarkup: Keyboard(buttons), cancellationToken: token);
    }

    /// <summary>A notice as citizens will see it: a photo with its caption, or the text.</summary>
    public async Task ShowNoticeAsync(long chatId, string text, string? photoFileId, CancellationToken token, IReadOnlyList<IReadOnlyList<ReplyButton>>? buttons = null)
    {
        if (photoFileId is null)
        {
            await SayAsync(chatId, text, buttons ?? [], token);
            return;
        }

        dispatcher.Pace.Spend();
        await bot.SendPhoto(chatId, InputFile.FromFileId(photoFileId), caption: text, replyMarkup: Keyboard(buttons ?? []), cancellationToken: token);
    }

    /// <summary>Replaces the buttons of the message that was pressed (the ticks of chosen areas), or sends them anew.</summary>
    public async Task EditButtonsAsync(long chatId, Message? pressed, IReadOnlyList<IReadOnlyList<ReplyButton>> buttons, CancellationToken token)
    {
        if (pressed is null)
        {
            await SayAsync(chatId, "…", buttons, token);
            return;
        }

        dispatcher.Pace.Spend();
        try
        {
            await bot.EditMessageReplyMarkup(chatId, pressed.Id, Keyboard(buttons), cancellationToken: token);
        }
        catch (ApiRequestException ex) when (ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            // A double tap: the buttons already show this.
        }
    }

    /// <summary>Edits the progress message; false when Telegram refused (too old, deleted, or flood control).</summary>
    public async Task<bool> EditAsync(long chatId, int messageId, string text, CancellationToken token)
    {
        dispatcher.Pace.Spend();
        try
        {
            await bot.EditMessageText(chatId, messageId, text, cancellationToken: token);
            return true;
        }
        catch (ApiRequestException ex) when (ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        catch (ApiRequestException)
        {
            return false;
        }
    }

    private static InlineKeyboardMarkup? Keyboard(IReadOnlyList<IReadOnlyList<ReplyButton>> buttons) =>
        buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Payload))));
}
