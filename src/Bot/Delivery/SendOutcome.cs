namespace OneStop.Bot.Delivery;

public enum SendOutcome
{
    Sent,

    /// <summary>The channel asked us to slow down (Telegram 429): wait <see cref="SendResult.RetryAfter"/>.</summary>
    RetryAfter,

    /// <summary>The person blocked the bot or no longer exists (Telegram 403): stop sending to them.</summary>
    Unreachable,

    /// <summary>The channel refused this message for good (Telegram 400): drop it and log why.</summary>
    Rejected,

    /// <summary>A server error or a network failure: try again later.</summary>
    Transient,
}
