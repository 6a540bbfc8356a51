namespace OneStop.Domain.Notices;

/// <summary>
/// The message keys of notices (messages/notices.yaml): what citizens read, and what officials read in /thongbao.
/// The staff tool lives at the edge, but its sentences are content like any other, so `validate` requires them here.
/// </summary>
public static class NoticeMessageKeys
{
    public static IReadOnlyList<string> Citizen { get; } =
    [
        "notices.about", "notices.on", "notices.already", "notices.subscribed", "notices.area.ask", "notices.area.label",
        "notices.area.unset", "notices.area.saved", "notices.area.cleared", "notices.stopped", "notices.not-subscribed",
        "notices.cancel-hint", "button.notices-on", "button.notices-agree", "button.notices-off", "button.notices-area", "button.notices-no-area",
        "notice.header", "notice.footer",
    ];

    public static IReadOnlyList<string> Staff { get; } =
    [
        "broadcast.ask-text", "broadcast.text-too-long", "broadcast.caption-too-long", "broadcast.ask-audience", "broadcast.ask-areas",
        "broadcast.ask-procedure", "broadcast.no-areas", "broadcast.preview", "broadcast.recipients", "broadcast.estimate",
        "broadcast.audience.everyone", "broadcast.audience.areas", "broadcast.audience.procedure", "broadcast.nobody",
        "broadcast.ask-time", "broadcast.bad-time", "broadcast.past-time", "broadcast.scheduled", "broadcast.starting",
        "broadcast.awaiting-approval", "broadcast.approve-request", "broadcast.approved", "broadcast.rejected", "broadcast.not-approver",
        "broadcast.cancelled", "broadcast.too-late", "broadcast.not-yours", "broadcast.stale", "broadcast.nothing-pending", "broadcast.pending",
        "broadcast.progress", "broadcast.progress.sent", "broadcast.progress.remaining", "broadcast.progress.failed", "broadcast.report",
        "broadcast.report.delivered", "broadcast.report.blocked", "broadcast.report.failed", "broadcast.report.skipped", "broadcast.report.duration",
        "broadcast.button.everyone", "broadcast.button.areas", "broadcast.button.procedure", "broadcast.button.done", "broadcast.button.send",
        "broadcast.button.schedule", "broadcast.button.edit", "broadcast.button.cancel", "broadcast.button.approve", "broadcast.button.reject",
        "broadcast.button.cancel-scheduled", "broadcast.button.reminder-day", "broadcast.ask-day", "broadcast.no-reminders",
        "broadcast.audience.reminder-day", "broadcast.dropped", "broadcast.no-approver",
        "broadcast.reach", "broadcast.reach.free", "broadcast.reach.billed", "broadcast.reach.none",
        "broadcast.report.reach", "broadcast.report.reach.free", "broadcast.report.reach.billed", "broadcast.report.reach.none",
    ];

    public static IEnumerable<string> All => Citizen.Concat(Staff);
}
