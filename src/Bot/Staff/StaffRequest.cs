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
    string? CallbackQueryId)
{
    /// <summary>The message this one replies to, in the same chat (an official answering a question in the staff group).</summary>
    public long? ReplyToMessageId { get; init; }

    /// <summary>The text of the message replied to, as the channel sent it along.</summary>
    public string? ReplyToText { get; init; }
}
