using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace OneStop.Bot.Staff;

/// <summary>
/// Routes staff commands, staff buttons and staff follow-ups to their tools, before the citizen conversation
/// sees them. Anyone not named in configuration who tries one is refused politely and logged.
/// </summary>
internal sealed class StaffDesk(
    IEnumerable<IStaffCommand> commands,
    StaffDirectory directory,
    ITelegramBotClient bot,
    ILogger<StaffDesk> log)
{
    private const string Refusal = "Dạ, chức năng này chỉ dành cho cán bộ của Trung tâm ạ.";

    private readonly List<IStaffCommand> _commands = commands.ToList();

    public IReadOnlyList<IStaffCommand> Commands => _commands;

    /// <summary>True when the update is a staff command or a staff tool's button (whoever sent it), for <see cref="TryHandleAsync"/>.</summary>
    public bool Claims(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return _commands.Count > 0 && Read(update).Target is not null;
    }

    /// <summary>True when the update was a staff matter (handled or refused); false lets the citizen conversation have it.</summary>
    public async Task<bool> TryHandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (_commands.Count == 0)
        {
            return false;
        }

        var (userId, chatId, target, request) = Read(update);
        if (target is null || request is null)
        {
            return false;
        }

        if (directory.Find(userId) is not { } member)
        {
            log.LogWarning("Refused staff tool '{Tool}' to non-staff user {User} in chat {Chat}", target.Name, userId, chatId);
            await SayAsync(chatId, update.CallbackQuery?.Id, cancellationToken);
            return true;
        }

        try
        {
            await target.HandleAsync(request with { Member = member }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            log.LogError(ex, "Staff tool '{Tool}' failed for {User}", target.Name, userId);
            await bot.SendMessage(chatId, "Dạ, chức năng gặp lỗi, anh/chị thử lại sau ít phút ạ.", cancellationToken: cancellationToken);
        }

        return true;
    }

    private (long UserId, long ChatId, IStaffCommand? Target, StaffRequest? Request) Read(Update update)
    {
        var placeholder = new StaffMember();
        if (update.CallbackQuery is { Data: { } data } query)
        {
            var colon = data.IndexOf(':', StringComparison.Ordinal);
            var prefix = colon > 0 ? data[..colon] : data;
            var tool = _commands.FirstOrDefault(c => c.PayloadPrefix == prefix);
            var chatId = query.Message?.Chat.Id ?? query.From.Id;
            return (query.From.Id, chatId, tool, tool is null ? null : new StaffRequest(chatId, placeholder, tool.Name, "", data, query.Message, query.Id));
        }

        if (update.Message is { From: { } from } message)
        {
            var text = message.Text ?? message.Caption ?? "";
            if (text.StartsWith('/'))
            {
                var space = text.IndexOfAny([' ', '\n']);
                var name = (space < 0 ? text : text[..space])[1..];
                var at = name.IndexOf('@', StringComparison.Ordinal);
                name = at > 0 ? name[..at] : name;
                var tool = _commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
                var argument = space < 0 ? "" : text[(space + 1)..].Trim();
                return (from.Id, message.Chat.Id, tool, tool is null ? null : new StaffRequest(message.Chat.Id, placeholder, tool.Name, argument, null, message, null));
            }

            if (message.ReplyToMessage is { From.IsBot: true } replied && message.Chat.Type != ChatType.Private
                && _commands.FirstOrDefault(c => c.ClaimsReply(message.Chat.Id, replied.Id, replied.Text ?? replied.Caption ?? "")) is { } answering)
            {
                var request = new StaffRequest(message.Chat.Id, placeholder, answering.Name, text, null, message, null)
                {
                    ReplyToMessageId = replied.Id,
                    ReplyToText = replied.Text ?? replied.Caption,
                };
                return (from.Id, message.Chat.Id, answering, request);
            }

            var waiting = _commands.FirstOrDefault(c => c.Awaits(from.Id));
            return (from.Id, message.Chat.Id, waiting, waiting is null ? null : new StaffRequest(message.Chat.Id, placeholder, waiting.Name, text, null, message, null));
        }

        return (0, 0, null, null);
    }

    private async Task SayAsync(long chatId, string? callbackQueryId, CancellationToken token)
    {
        try
        {
            if (callbackQueryId is not null)
            {
                await bot.AnswerCallbackQuery(callbackQueryId, Refusal, cancellationToken: token);
            }
            else
            {
                await bot.SendMessage(chatId, Refusal, cancellationToken: token);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            log.LogDebug(ex, "Could not tell {Chat} that a staff tool was refused", chatId);
        }
    }
}
