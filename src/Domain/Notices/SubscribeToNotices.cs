using OneStop.Domain.Conversation;

namespace OneStop.Domain.Notices;

/// <summary>
/// The citizen opted in (or changed area): record the chat in the subscriber list, with the area (null for none)
/// and the procedures asked about so far, so notices can be aimed.
/// </summary>
public sealed record SubscribeToNotices(string? Area, IReadOnlyList<string> Procedures) : ConversationEffect;
