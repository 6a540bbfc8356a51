using OneStop.Domain.Conversation;

namespace OneStop.Domain.Reminders;

/// <summary>The citizen asked to be reminded of a same-day day (optionally for a procedure's papers).</summary>
public sealed record ReminderSet(DateOnly Day, string? ProcedureId) : ConversationEffect;

public sealed record ReminderCancelled(DateOnly Day) : ConversationEffect;

/// <summary>The short message each evening before a same-day day, switched on or off.</summary>
public sealed record WeeklyNoticeChanged(bool On) : ConversationEffect;
