using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace OneStop.Bot.Staff;

/// <summary>
/// Routes staff commands, staff buttons and staff follow-ups to their tools, before the citizen conversation
/// sees them. Anyone not named in configuration who tries one is refused politely and logged.
/// </summary>
internal sealed class StaffDesk(
    IEnumerable<IStaffCommand> commands,
    StaffDirectory directory,
    StaffChat chat,
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

    /// <summary>
    /// Handles a staff matter (<see cref="Claims"/> said so). Every message it sends goes through the outbox, and a tool
    /// that fails is logged and the official told so: nothing here throws back to the loop that handles updates, so an
    /// update is never handled twice. Returns what to show on a pressed button (a refusal), or null.
    /// </summary>
    public async Task<string?> HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var (userId, chatId, target, request) = Read(update);
        if (target is null || request is null)
        {
            return null;
        }

        if (directory.Find(userId) is not { } member)
        {
            log.LogWarning("Refused staff tool '{Tool}' to non-staff user {User} in chat {Chat}", target.Name, userId, chatId);
            if (update.CallbackQuery is not null)
            {
                // Said on the button itself, by the one answer the press gets.
                return Refusal;
            }

            await chat.SayAsync(chatId, Refusal, cancellationToken);
            return null;
        }

        try
        {
            await target.HandleAsync(request with { Member = member }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            log.LogError(ex, "Staff tool '{Tool}' failed for {User}", target.Name, userId);
            await SayFailedAsync(chatId, cancellationToken);
        }

        return null;
    }

    private async Task SayFailedAsync(long chatId, CancellationToken token)
    {
        try
        {
            await chat.SayAsync(chatId, "Dạ, chức năng gặp lỗi, anh/chị thử lại sau ít phút ạ.", token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // The outbox itself failed (the disk): logged, and the update is not handled again.
            log.LogError(ex, "Could not tell {Chat} that a staff tool failed", chatId);
        }
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

            var waiting = _commands.FirstOrDefault(c => c.Awaits(from.Id));
            return (from.Id, message.Chat.Id, waiting, waiting is null ? null : new StaffRequest(message.Chat.Id, placeholder, waiting.Name, text, null, message, null));
        }

        return (0, 0, null, null);
    }
}
