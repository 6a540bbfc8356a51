namespace OneStop.Domain.Handover;

/// <summary>
/// The message keys of "Hỏi cán bộ" (messages/handover.yaml): what citizens read, and what the staff group reads.
/// The staff side lives at the edge, but its sentences are content like any other, so `validate` requires them here.
/// </summary>
public static class HandoverMessageKeys
{
    public static IReadOnlyList<string> Citizen { get; } =
    [
        "handover.intro", "handover.unstaffed", "handover.intro.closed-now", "handover.sent", "handover.sent.open", "handover.sent.closed-now",
        "handover.added", "handover.open", "handover.reply.ask", "handover.empty", "handover.contact.done",
        "handover.closed", "handover.already-closed", "handover.answer", "handover.answer.code",
        "button.handover", "button.handover-contact", "button.handover-close", "button.handover-reply", "button.handover-new",
    ];

    public static IReadOnlyList<string> Staff { get; } =
    [
        "handover.staff.question", "handover.staff.added", "handover.staff.contact", "handover.staff.closed-by-citizen",
        "handover.staff.how", "handover.staff.reminder", "handover.staff.delivered", "handover.staff.unknown",
        "handover.staff.closed", "handover.staff.list", "handover.staff.list.empty", "handover.staff.list.item",
        "handover.staff.list.answered", "handover.staff.list.unanswered", "handover.staff.usage", "handover.staff.text-only",
        "handover.staff.no-group", "handover.staff.button.close",
    ];

    public static IEnumerable<string> All => Citizen.Concat(Staff);
}
