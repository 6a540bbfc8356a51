using Microsoft.Extensions.Options;
using OneStop.Bot.Delivery;
using OneStop.Bot.Storage;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Zalo;

/// <summary>
/// Zalo's interaction window: free within 48 hours of the citizen's last interaction (a message, a follow, a tap),
/// billed from 48 hours to 7 days, refused after. The last interaction is the chat's last-seen time, which is written
/// at most hourly (ConversationStore.LastSeenPrecision): each bound is taken an hour early, on the safe side.
/// </summary>
internal sealed class ZaloWindow(ConversationStore store, IOptions<ZaloOptions> options, TimeProvider time) : IChannelReach
{
    public static readonly TimeSpan FreeFor = TimeSpan.FromHours(48);
    public static readonly TimeSpan OpenFor = TimeSpan.FromDays(7);

    public string Channel => ZaloChat.Channel;

    public bool SendsBilled => options.Value.AllowBilled;

    public ChannelReach Reach(ChatAddress chat)
    {
        if (store.FindChat(chat.Key) is not { Reachable: true } record)
        {
            return ChannelReach.None;
        }

        var silent = time.GetUtcNow().UtcDateTime - record.LastSeenUtc + ConversationStore.LastSeenPrecision;
        return silent < FreeFor ? ChannelReach.Free : silent < OpenFor ? ChannelReach.Billed : ChannelReach.None;
    }

    /// <summary>
    /// A citizen who writes now can be reached for 48 hours, or 7 days where billed messages are allowed; the bound is
    /// taken an hour early, as in <see cref="Reach"/>, because the last-seen time behind it is written at most hourly.
    /// </summary>
    public ProactiveReach AfterMessageAt(DateTimeOffset now)
    {
        var window = options.Value.AllowBilled ? OpenFor : FreeFor;
        return new ProactiveReach(now + window - ConversationStore.LastSeenPrecision, window);
    }

    /// <summary>True when a message may go at this reach: free, or billed where the commune allows it (Zalo__AllowBilled).</summary>
    public bool Allows(ChannelReach reach) => reach switch
    {
        ChannelReach.Free => true,
        ChannelReach.Billed => options.Value.AllowBilled,
        _ => false,
    };
}
