using OneStop.Bot.Delivery;
using System.Globalization;
using System.Text;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;

namespace OneStop.Bot.Notices;

/// <summary>
/// What officials read in /thongbao: the questions, the buttons, the preview, the scheduled time. Sentences come
/// from messages/notices.yaml; the numbers and names are added here, the Vietnamese way ("1.234", "Thứ Tư, 02/12/2026, 18 giờ").
/// </summary>
internal sealed class BroadcastScreens(ConversationEngine engine, ContentCatalog content, ConversationOptions conversation)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public IReadOnlyList<string> Areas => content.Office.Neighbourhoods;

    public bool HasProcedure(string id) => content.FindProcedure(id) is { Kind: ProcedureKind.Procedure };

    public string Say(string key) => engine.Renderer.Say(key);

    public static string Number(int value) => value.ToString("N0", Vietnamese);

    public string When(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), conversation.Zone);
        return $"{VietnameseDates.Day(DateOnly.FromDateTime(local))}, {VietnameseDates.Time(TimeOnly.FromDateTime(local))}";
    }

    public DateTime LocalNow(DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, conversation.Zone).DateTime;

    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), conversation.Zone);

    public IReadOnlyList<IReadOnlyList<ReplyButton>> AudienceButtons(Broadcast draft)
    {
        List<IReadOnlyList<ReplyButton>> rows = [[Button("broadcast.button.everyone", BroadcastPress.Everyone, draft)]];
        if (Areas.Count > 0)
        {
            rows.Add([Button("broadcast.button.areas", BroadcastPress.Areas, draft)]);
        }

        rows.Add([Button("broadcast.button.procedure", BroadcastPress.Procedures, draft)]);
        rows.Add([Button("broadcast.button.reminder-day", BroadcastPress.Days, draft)]);
        rows.Add([Button("broadcast.button.cancel", BroadcastPress.Cancel, draft)]);
        return rows;
    }

    /// <summary>The coming days someone asked to be reminded of, one button each.</summary>
    public IReadOnlyList<IReadOnlyList<ReplyButton>> DayButtons(Broadcast draft, IReadOnlyList<DateOnly> days)
    {
        var rows = days
            .Select(day => new ReplyButton(VietnameseDates.Day(day), BroadcastPress.Make(BroadcastPress.Day, draft.Id, Recipients.DayKey(day))))
            .Chunk(2)
            .Select(pair => (IReadOnlyList<ReplyButton>)pair)
            .ToList();
        rows.Add([Button("broadcast.button.cancel", BroadcastPress.Cancel, draft)]);
        return rows;
    }

    /// <summary>One button per area, ticked when chosen, two to a row; then "Xong".</summary>
    public IReadOnlyList<IReadOnlyList<ReplyButton>> AreaButtons(Broadcast draft)
    {
        var rows = Areas
            .Select((name, index) => new ReplyButton(
                (draft.Areas.Contains(name, StringComparer.Ordinal) ? "✅ " : "") + name,
                BroadcastPress.Make(BroadcastPress.Area, draft.Id, index.ToString(CultureInfo.InvariantCulture))))
            .Chunk(2)
            .Select(pair => (IReadOnlyList<ReplyButton>)pair)
            .ToList();
        rows.Add([Button("broadcast.button.done", BroadcastPress.AreasDone, draft), Button("broadcast.button.cancel", BroadcastPress.Cancel, draft)]);
        return rows;
    }

    public IReadOnlyList<IReadOnlyList<ReplyButton>> ProcedureButtons(Broadcast draft)
    {
        var rows = content.Procedures
            .Where(p => p.Kind == ProcedureKind.Procedure)
            .OrderBy(p => p.PlanItem)
            .Select(p => new ReplyButton(p.ShortName, BroadcastPress.Make(BroadcastPress.Procedure, draft.Id, p.Id)))
            .Chunk(2)
            .Select(pair => (IReadOnlyList<ReplyButton>)pair)
            .ToList();
        rows.Add([Button("broadcast.button.cancel", BroadcastPress.Cancel, draft)]);
        return rows;
    }

    public IReadOnlyList<IReadOnlyList<ReplyButton>> PreviewButtons(Broadcast draft) =>
    [
        [Button("broadcast.button.send", BroadcastPress.SendNow, draft), Button("broadcast.button.schedule", BroadcastPress.Schedule, draft)],
        [Button("broadcast.button.edit", BroadcastPress.Edit, draft), Button("broadcast.button.cancel", BroadcastPress.Cancel, draft)],
    ];

    public IReadOnlyList<IReadOnlyList<ReplyButton>> ApprovalButtons(Broadcast broadcast) =>
    [
        [Button("broadcast.button.approve", BroadcastPress.Approve, broadcast), Button("broadcast.button.reject", BroadcastPress.Reject, broadcast)],
    ];

    public IReadOnlyList<IReadOnlyList<ReplyButton>> CancelButton(Broadcast broadcast) =>
        [[Button("broadcast.button.cancel-scheduled", BroadcastPress.Cancel, broadcast)]];

    /// <summary>Who gets it, how many, how long it takes: what an official checks before confirming.</summary>
    /// <param name="reach">Recipients on a channel with a window (Zalo), by whether it lets the notice through now; empty elsewhere.</param>
    public string Summary(Broadcast broadcast, int recipients, TimeSpan estimate, IReadOnlyDictionary<ChannelReach, int>? reach = null)
    {
        var text = new StringBuilder();
        text.Append(Title("broadcast.preview", broadcast)).Append('\n');
        text.Append(AudienceLine(broadcast)).Append('\n');
        text.Append(Say("broadcast.recipients")).Append(' ').Append(Number(recipients)).Append('\n');
        text.Append(Say("broadcast.estimate")).Append(' ').Append(VietnameseDates.Duration(estimate));
        if (reach is { Count: > 0 })
        {
            text.Append('\n').Append(Say("broadcast.reach"))
                .Append(' ').Append(Number(reach.GetValueOrDefault(ChannelReach.Free))).Append(' ').Append(Say("broadcast.reach.free"))
                .Append(", ").Append(Number(reach.GetValueOrDefault(ChannelReach.Billed))).Append(' ').Append(Say("broadcast.reach.billed"))
                .Append(", ").Append(Number(reach.GetValueOrDefault(ChannelReach.None))).Append(' ').Append(Say("broadcast.reach.none"));
        }

        return text.ToString();
    }

    public string AudienceLine(Broadcast broadcast) => broadcast.AudienceKind switch
    {
        AudienceKind.Areas => $"{Say("broadcast.audience.areas")} {string.Join(", ", broadcast.Areas)}",
        AudienceKind.Procedure => $"{Say("broadcast.audience.procedure")} {content.FindProcedure(broadcast.ProcedureId ?? "")?.Name ?? broadcast.ProcedureId}",
        AudienceKind.ReminderDay => $"{Say("broadcast.audience.reminder-day")} {(Recipients.TryDay(broadcast.Day, out var day) ? VietnameseDates.Day(day) : broadcast.Day)}",
        _ => Say("broadcast.audience.everyone"),
    };

    /// <summary>A message key's text followed by the broadcast's number: "📣 Đang gửi thông báo #12".</summary>
    public string Title(string key, Broadcast broadcast) =>
        string.Create(CultureInfo.InvariantCulture, $"{Say(key)} #{broadcast.Id}");

    private ReplyButton Button(string key, string verb, Broadcast broadcast) => new(Say(key), BroadcastPress.Make(verb, broadcast.Id));
}
