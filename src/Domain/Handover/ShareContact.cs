using OneStop.Domain.Conversation;

namespace OneStop.Domain.Handover;

/// <summary>The citizen agreed that the staff may see how to reach this chat (the chat's id on its channel).</summary>
public sealed record ShareContact(string Code) : ConversationEffect;
