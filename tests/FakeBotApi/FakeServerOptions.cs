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

    /// <summary>Dates of messages and updates, and the rate-limit window.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
