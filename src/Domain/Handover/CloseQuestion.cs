using OneStop.Domain.Conversation;

namespace OneStop.Domain.Handover;

/// <summary>The citizen closed their question: no reminders any more, and its data is kept only for the retention period.</summary>
public sealed record CloseQuestion(string Code) : ConversationEffect;
