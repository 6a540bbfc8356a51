using System.Text;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Reminders;

/// <summary>What reminders say (messages/reminders.yaml), for the conversation and for the scheduler that sends them.</summary>
public sealed class ReminderWording(ContentCatalog content, ReminderSchedule schedule)
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "reminder.pick", "reminder.set", "reminder.list", "reminder.none", "reminder.cancelled", "reminder.too-many", "reminder.gone",
        "reminder.evening", "reminder.morning", "reminder.papers", "reminder.moved", "reminder.follow-up", "reminder.weekly",
        "reminder.weekly-on", "reminder.weekly-off", "button.reminder-list", "button.reminder-cancel", "button.weekly-on", "button.weekly-off",
        "button.went", "button.not-went", "reminder.window-none", "reminder.window-some", "reminder.set-once", "reminder.weekly-window",
    ];

    public ReminderSchedule Schedule => schedule;

    public string Pick(Procedure? procedure) => Fill("reminder.pick", ("procedure", procedure is null ? "" : $"({procedure.Name})"));

    /// <summary>A day offered or set, with "(dự kiến)" while it depends on a year whose notice is not out.</summary>
    public string DayText(DateOnly day) =>
        content.Calendar.Describe(day).Provisional ? $"{VietnameseDates.Day(day)} {content.Messages["date.provisional"]}" : VietnameseDates.Day(day);

    public string Set(DateOnly day) => Fill(
        "reminder.set",
        ("day", DayText(day)),
        ("evening", $"{VietnameseDates.Time(schedule.Evening)}, {VietnameseDates.Day(day.AddDays(-1))}"),
        ("morning", VietnameseDates.Time(schedule.Morning)));

    /// <summary>Only one of the two reminders fits in the channel's window (Zalo): the one that will come is promised.</summary>
    public string SetOnce(DateOnly day, bool evening) => Fill(
        "reminder.set-once",
        ("day", DayText(day)),
        ("when", evening ? $"{VietnameseDates.Time(schedule.Evening)}, {VietnameseDates.Day(day.AddDays(-1))}" : $"{VietnameseDates.Time(schedule.Morning)}, {VietnameseDates.Day(day)}"));

    /// <summary>No reminder for <paramref name="day"/> would get through the window yet: when to ask again.</summary>
    public string WindowNone(DateOnly day, ProactiveReach reach, DateTime from) => Fill(
        "reminder.window-none",
        ("day", VietnameseDates.Day(day)),
        ("window", reach.WindowText()),
        ("from", $"{VietnameseDates.Time(TimeOnly.FromDateTime(from))}, {VietnameseDates.Day(DateOnly.FromDateTime(from))}"));

    public string WindowSome(ProactiveReach reach) => Fill("reminder.window-some", ("window", reach.WindowText()));

    public string List(IReadOnlyList<(DateOnly Day, string? ProcedureId)> items, bool weekly, ProactiveReach? reach = null)
    {
        var text = new StringBuilder(items.Count == 0 ? Fill("reminder.none") : Fill("reminder.list"));
        foreach (var (day, procedureId) in items)
        {
            text.Append("\n• ").Append(VietnameseDates.Day(day));
            if (procedureId is not null && content.FindProcedure(procedureId) is { } procedure)
            {
                text.Append(" – ").Append(procedure.ShortName);
            }
        }

        text.Append("\n\n").Append(
            weekly ? Fill("reminder.weekly-on")
            : reach is null ? Fill("reminder.weekly-off")
            : Fill("reminder.weekly-window", ("window", reach.WindowText())));
        return text.ToString();
    }

    public string Cancelled(DateOnly day) => Fill("reminder.cancelled", ("day", VietnameseDates.Day(day)));

    /// <summary>The evening before: tomorrow is the day; what to bring; the hours and the cut-off.</summary>
    public string Evening(DateOnly day, string? procedureId) =>
        Fill("reminder.evening", ("day", VietnameseDates.Day(day)), ("cutoff", VietnameseDates.Time(content.Calendar.Cutoff)), ("hours", content.Office.Hours.Fact.Said), ("address", content.Office.Address.Said))
        + Papers(procedureId);

    public string Morning(DateOnly day, string? procedureId) =>
        Fill("reminder.morning", ("day", VietnameseDates.Day(day)), ("cutoff", VietnameseDates.Time(content.Calendar.Cutoff)), ("hours", content.Office.Hours.Fact.Said), ("address", content.Office.Address.Said))
        + Papers(procedureId);

    public string Moved(DateOnly from, string reason, DateOnly to) =>
        Fill("reminder.moved", ("from", VietnameseDates.Day(from)), ("reason", reason), ("to", VietnameseDates.Day(to)));

    public string FollowUp(DateOnly day) => Fill("reminder.follow-up", ("day", VietnameseDates.Day(day)));

    public string Weekly(DateOnly day) =>
        Fill("reminder.weekly", ("day", VietnameseDates.Day(day)), ("cutoff", VietnameseDates.Time(content.Calendar.Cutoff)));

    public string Label(string key) => content.Messages[key];

    public static string Payload(string action, DateOnly? day = null, string? procedureId = null) =>
        string.Join(':', new[] { "rm", action, day is { } d ? ReminderList.Format(d) : null, procedureId }.Where(p => p is not null));

    public IReadOnlyList<IReadOnlyList<ReplyButton>> AfterReminderButtons() =>
    [
        [new ReplyButton(Label("button.reminder-list"), Payload("list")), new ReplyButton(Label("button.menu"), ButtonPress.Menu)],
    ];

    private string Papers(string? procedureId)
    {
        if (procedureId is null || content.FindProcedure(procedureId) is not { } procedure)
        {
            return "";
        }

        var papers = string.Join("\n", procedure.Documents.Select(d => "• " + d.Fact.Text + (d.When is null ? "" : $" ({d.When})")));
        return "\n\n" + Fill("reminder.papers", ("procedure", procedure.Name), ("papers", papers));
    }

    // {doubt}: the same-day model's hedge while the commune has not confirmed it (Fact.Doubt), in every message.
    private string Fill(string key, params (string Name, string Value)[] values) =>
        MessageCatalog.Fill(content.Messages[key], values.Append((Name: "doubt", Value: content.Office.SameDay.Doubt)).ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
}
