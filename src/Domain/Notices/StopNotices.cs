using OneStop.Domain.Conversation;

namespace OneStop.Domain.Notices;

/// <summary>The citizen opted out or blocked the bot: drop the chat from the list, and any notice still queued for it.</summary>
public sealed record StopNotices : ConversationEffect;
