namespace OneStop.Bot.Delivery;

/// <summary>How one broadcast message ended, as the final report counts it.</summary>
internal enum BroadcastOutcome
{
    Delivered,

    /// <summary>The citizen blocked the bot or deleted the account (Telegram 403); they are unsubscribed.</summary>
    Blocked,

    /// <summary>Refused for good (Telegram 400), or still failing after every retry.</summary>
    Failed,

    /// <summary>Not sent: the channel's window was closed for this chat (Zalo, too long since the citizen's last message).</summary>
    OutsideWindow,
}
