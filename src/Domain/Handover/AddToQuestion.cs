using OneStop.Domain.Conversation;

namespace OneStop.Domain.Handover;

/// <summary>The citizen added a message to their open question; it goes to the staff group under the same code.</summary>
public sealed record AddToQuestion(string Code, string Text) : ConversationEffect;
