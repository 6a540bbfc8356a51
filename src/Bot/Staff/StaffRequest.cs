using OneStop.Domain.Conversation;

namespace OneStop.Bot.Staff;

/// <summary>
/// A staff member's command, button press or follow-up message (the notice text after /thongbao), in our own terms
/// whatever the channel. <see cref="Argument"/> is what follows the command; <see cref="Payload"/> a button's data;
/// <see cref="Text"/> what was typed (a photo's caption included); <see cref="PhotoId"/> the channel's id of a photo
/// sent with it; <see cref="PressedMessageId"/> the message whose button was pressed.
/// </summary>
internal sealed record StaffRequest(
    ChatAddress Chat,
    StaffMember Member,
    string Command,
    string Argument,
    string? Payload,
    string Text = "",
    string? PhotoId = null,
    string? PressedMessageId = null)
{
    /// <summary>The channel's id of the official's message itself.</summary>
    public string? MessageId { get; init; }

    /// <summary>The message this one replies to, in the same chat (an official answering a question in the staff group).</summary>
    public long? ReplyToMessageId { get; init; }

    /// <summary>The text of the message replied to, as the channel sent it along.</summary>
    public string? ReplyToText { get; init; }
}
