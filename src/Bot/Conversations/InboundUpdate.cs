using OneStop.Domain.Conversation;

namespace OneStop.Bot.Conversations;

/// <summary>
/// An incoming message and the channel's sequence number for it (Telegram's update_id, which only grows).
/// Updates are handled in that order and the last committed one is stored per channel, so an update at or
/// below it is a repeat (see <see cref="Storage.ChannelPosition"/>). Null where a channel cannot deliver
/// twice (the terminal).
/// </summary>
internal sealed record InboundUpdate(long? Sequence, Incoming Incoming);
