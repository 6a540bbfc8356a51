namespace OneStop.FakeBotApi;

/// <summary>
/// Faults at random, for soak runs: each send (and each getUpdates, for the first two) meets one of them with the
/// given probability. Shares are between 0 and 1; together at most 1. <see cref="Seed"/> makes a run repeatable.
/// </summary>
public sealed record FaultMix
{
    /// <summary>Answered 500 or 502 (Telegram's server or its proxy failing); nothing was sent.</summary>
    public double ServerErrors { get; init; }

    /// <summary>The connection is dropped before the request is read; nothing was sent.</summary>
    public double DroppedConnections { get; init; }

    /// <summary>Sends only: the message was sent, then the connection dropped before the answer (the bot cannot know; its retry is a repeat).</summary>
    public double LostAnswers { get; init; }

    /// <summary>Sends only: answered after <see cref="SlowBy"/>.</summary>
    public double SlowAnswers { get; init; }

    public TimeSpan SlowBy { get; init; } = TimeSpan.FromSeconds(1);

    public int Seed { get; init; } = 15;
}
