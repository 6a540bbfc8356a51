using OneStop.Domain.Conversation;

namespace OneStop.Bot.Delivery;

/// <summary>
/// A channel's answer to "can I reach this chat now, and at what cost" (Zalo's interaction window). A channel
/// without one reaches every chat that has not blocked the bot, free.
/// </summary>
public interface IChannelReach
{
    string Channel { get; }

    ChannelReach Reach(ChatAddress chat);
}
