namespace OneStop.Bot.Delivery;

/// <summary>
/// One broadcast message finished: its outbox row goes and the broadcast's tally counts it, in one transaction.
/// <paramref name="Window"/>: on a channel with a window (Zalo), what it allowed (free, billed) or refused.
/// </summary>
internal sealed record BroadcastReceipt(long MessageId, long BroadcastId, BroadcastOutcome Outcome, string Reason = "", ChannelReach? Window = null);
