namespace OneStop.Domain.Conversation;

/// <summary>The messages.yaml keys the engine says itself; the validator requires each of them.</summary>
public static class MessageKeys
{
    public static IReadOnlyList<string> Required { get; } =
    [
        "welcome", "error", "unreadable", "unreadable.edited", "button.stale", "ask.which", "ask.which.more", "topic.more", "thanks", "fallback", "button.procedures",
        "cancelled", "command.unknown", "delete.confirm", "button.delete-yes", "button.delete-no", "delete.done", "delete.kept",
        // Said by the host when nothing can be saved (a full disk): to citizens, and to staff when it starts and ends.
        "error.storage", "error.storage.staff", "error.storage.staff-resumed",
        .. ProcedureCard.MessageKeys(),
        .. RequestAnswers.MessageKeys,
        .. Procedures.ProcedureFeature.Keys,
    ];
}
