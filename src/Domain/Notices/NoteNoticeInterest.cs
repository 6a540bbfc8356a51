using OneStop.Domain.Conversation;

namespace OneStop.Domain.Notices;

/// <summary>A subscriber opened a procedure's card: notices about that procedure should reach them.</summary>
public sealed record NoteNoticeInterest(string ProcedureId) : ConversationEffect;
