namespace OneStop.Domain.Closures;

/// <summary>
/// The words of closures at short notice (messages/closures.yaml), for citizens and for the officials' tool. Part of
/// the calendar's messages, so `validate` requires them and lets them use the tool's own placeholders.
/// </summary>
public static class ClosureMessageKeys
{
    public static readonly IReadOnlyList<string> All =
    [
        "closure.reason", "closure.part.whole", "closure.part.morning", "closure.part.afternoon", "closure.reopened",
        "closure.reopened.past", "closure.usage", "closure.bad-date", "closure.no-reason", "closure.already-closed",
        "closure.preview", "closure.confirmed", "closure.dropped", "closure.stale", "closure.list", "closure.none",
        "closure.cancelled", "closure.notice", "closure.ask-from-notice", "button.closure-confirm", "button.closure-drop",
        "button.closure-notice", "button.closure-mark",
    ];
}
