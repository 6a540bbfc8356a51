namespace OneStop.FakeBotApi;

/// <summary>How a <see cref="FakeTelegramServer"/> behaves.</summary>
public sealed record FakeServerOptions
{
    /// <summary>
    /// Cap on how long getUpdates holds when nothing is pending. Real time, not <see cref="Time"/>:
    /// the client long-polls for 100 s by default, and a test must never hang on it.
    /// </summary>
    public TimeSpan MaxLongPoll { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// When set, sends beyond this many in the current one-second window (by <see cref="Time"/>) get
    /// 429 with retry_after 1, the way Telegram's flood control answers a bot that broadcasts too fast.
    /// </summary>
    public int? MaxSendsPerSecond { get; init; }

    /// <summary>
    /// When set, a send to a chat that already had this many accepted in the current one-second window gets 429 with
    /// retry_after 1: Telegram allows about one message a second in one chat.
    /// </summary>
    public int? MaxSendsPerChatPerSecond { get; init; }

    /// <summary>Dates of messages and updates, and the rate-limit window.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
