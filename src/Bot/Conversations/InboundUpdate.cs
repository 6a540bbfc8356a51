using OneStop.Domain.Conversation;

namespace OneStop.Bot.Conversations;

/// <summary>
/// One thing that arrived on a channel, in our own terms, with the de-duplication key the channel chose:
/// <see cref="Sequence"/> where the channel numbers its updates in a growing order (Telegram's update_id; the last
/// committed one is stored per channel, see <see cref="Storage.ChannelPosition"/>), or <see cref="EventKey"/> where
/// it gives each event an id of its own (Zalo's msg_id; see <see cref="Storage.InboundEventStore"/>). Neither where
/// a channel cannot deliver twice (the terminal).
/// </summary>
internal sealed record InboundUpdate(long? Sequence, Incoming Incoming)
{
    /// <summary>The channel's own id of this event ("zalo:…"), for channels without a growing sequence.</summary>
    public string? EventKey { get; init; }

    /// <summary>Who sent it, where the channel says (staff tools need it); null for the terminal.</summary>
    public SenderId? From { get; init; }

    /// <summary>What the person wrote, a photo's caption included (a notice's text for staff tools).</summary>
    public string? Text { get; init; }

    /// <summary>The channel's id of a photo sent with it (a notice's photo).</summary>
    public string? PhotoId { get; init; }

    /// <summary>For a button press: the channel's id of the message whose button it was.</summary>
    public string? PressedMessageId { get; init; }

    /// <summary>The channel's id of this message (an official's answer is recorded by it).</summary>
    public string? MessageId { get; init; }

    /// <summary>In a group, the bot's message this one replies to (an official answering a question in the staff group).</summary>
    public long? ReplyToMessageId { get; init; }

    /// <summary>The text of the message replied to, as the channel sent it along.</summary>
    public string? ReplyToText { get; init; }

    /// <summary>Not for the conversation (chatter in a group, a receipt, a chat an official is answering): recorded as handled, never answered; a staff tool may still take it.</summary>
    public bool Silent { get; init; }
}
