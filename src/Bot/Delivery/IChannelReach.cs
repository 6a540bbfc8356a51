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

    /// <summary>Whether billed messages are sent at all (Zalo__AllowBilled); where not, a billed chat is not reached.</summary>
    bool SendsBilled { get; }

    /// <summary>
    /// Until when a message from the bot (at a cost the commune allows) can reach a citizen who writes at
    /// <paramref name="now"/> and then nothing more, counted on the safe side: what a reminder may promise.
    /// </summary>
    ProactiveReach AfterMessageAt(DateTimeOffset now);
}
