using OneStop.Domain.Conversation;

namespace OneStop.Bot.Conversations;

/// <summary>
/// An incoming message and the channel's id for it (<see cref="DedupKey"/>, e.g. "telegram:123"),
/// used to recognise an update delivered twice. Null where a channel cannot deliver twice (the terminal).
/// </summary>
internal sealed record InboundUpdate(string? DedupKey, Incoming Incoming);
