using OneStop.Domain.Conversation;

namespace OneStop.Domain.Handover;

/// <summary>The citizen's question for the staff group, under a new code. The text is what they typed, nothing else about them.</summary>
public sealed record AskStaff(string Code, string Text) : ConversationEffect;
