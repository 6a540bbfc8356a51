using System.Text;
using OneStop.Bot.Delivery;
using OneStop.Domain.Calendar;

namespace OneStop.Bot.Broadcasts;

/// <summary>The progress message (edited in place while sending) and the final report, for the official who sent it.</summary>
internal sealed class BroadcastReport(BroadcastScreens screens)
{
    public string Progress(Broadcast broadcast, BroadcastTally tally, int remaining)
    {
        var text = new StringBuilder(screens.Title("broadcast.progress", broadcast)).Append('\n');
        var total = Math.Max(broadcast.Planned, broadcast.Recipients);
        Line(text, "broadcast.progress.sent", $"{BroadcastScreens.Number(tally.Delivered)} / {BroadcastScreens.Number(total)}");
        Line(text, "broadcast.progress.remaining", BroadcastScreens.Number(remaining));
        Line(text, "broadcast.progress.failed", BroadcastScreens.Number(tally.Blocked + tally.Failed));
        return text.ToString().TrimEnd();
    }

    public string Final(Broadcast broadcast, BroadcastTally tally)
    {
        var text = new StringBuilder(screens.Title("broadcast.report", broadcast)).Append('\n');
        Line(text, "broadcast.report.delivered", BroadcastScreens.Number(tally.Delivered));
        Line(text, "broadcast.report.blocked", BroadcastScreens.Number(tally.Blocked));
        Line(text, "broadcast.report.failed", BroadcastScreens.Number(tally.Failed));
        foreach (var reason in tally.Reasons.OrderByDescending(r => r.Count))
        {
            text.Append("   • ").Append(reason.Reason).Append(": ").Append(BroadcastScreens.Number(reason.Count)).Append('\n');
        }

        if (tally.MetAWindow)
        {
            text.Append(screens.Say("broadcast.report.reach"))
                .Append(' ').Append(BroadcastScreens.Number(tally.WindowFree)).Append(' ').Append(screens.Say("broadcast.report.reach.free"))
                .Append(", ").Append(BroadcastScreens.Number(tally.WindowBilled)).Append(' ').Append(screens.Say("broadcast.report.reach.billed"))
                .Append(", ").Append(BroadcastScreens.Number(tally.OutsideWindow)).Append(' ').Append(screens.Say("broadcast.report.reach.none"))
                .Append('\n');
        }

        // Messages that left the outbox without being sent: the citizen opted out, deleted their data or blocked the bot meanwhile.
        var skipped = broadcast.Recipients - tally.Finished;
        if (skipped > 0)
        {
            Line(text, "broadcast.report.skipped", BroadcastScreens.Number(skipped));
        }

        if (broadcast.StartedUtc is { } started && broadcast.FinishedUtc is { } finished)
        {
            Line(text, "broadcast.report.duration", VietnameseDates.Duration(finished - started));
        }

        return text.ToString().TrimEnd();
    }

    private void Line(StringBuilder text, string key, string value) => text.Append(screens.Say(key)).Append(' ').Append(value).Append('\n');
}
