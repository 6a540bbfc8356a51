namespace OneStop.Bot.Delivery;

/// <summary>What a broadcast message adds to a reply: a photo (by the channel's file id), and Telegram's paid broadcast mode.</summary>
public sealed record BroadcastSend(string? PhotoFileId, bool PaidBroadcast);
