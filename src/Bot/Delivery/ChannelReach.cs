namespace OneStop.Bot.Delivery;

/// <summary>Whether a channel lets a message through to a chat now, and at what cost.</summary>
public enum ChannelReach
{
    /// <summary>Free (Telegram always; Zalo within 48 hours of the citizen's last interaction).</summary>
    Free,

    /// <summary>Accepted, billed (Zalo from 48 hours to 7 days).</summary>
    Billed,

    /// <summary>Refused (Zalo after 7 days, or the citizen unfollowed).</summary>
    None,
}
