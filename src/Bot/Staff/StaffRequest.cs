using Telegram.Bot.Types;

namespace OneStop.Bot.Staff;

/// <summary>
/// A staff member's command, button press or follow-up message (the notice text after /thongbao).
/// <see cref="Argument"/> is what follows the command; <see cref="Payload"/> a button's data.
/// </summary>
internal sealed record StaffRequest(
    long ChatId,
    StaffMember Member,
    string Command,
    string Argument,
    string? Payload,
    Message? Message,
    string? CallbackQueryId);
