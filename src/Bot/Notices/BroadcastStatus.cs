namespace OneStop.Bot.Notices;

/// <summary>Where a broadcast stands. It can be cancelled until it is <see cref="Sending"/>.</summary>
internal enum BroadcastStatus
{
    /// <summary>The official is writing it or choosing who gets it.</summary>
    Draft,

    /// <summary>Confirmed; waits for a second official (a leader) when Broadcast:RequireApproval is on.</summary>
    AwaitingApproval,

    /// <summary>Confirmed (and approved): starts at <see cref="Broadcast.SendAtUtc"/>, which may be now.</summary>
    Scheduled,

    /// <summary>Its messages are in the outbox and going out; it cannot be stopped any more.</summary>
    Sending,

    Done,

    Cancelled,
}
