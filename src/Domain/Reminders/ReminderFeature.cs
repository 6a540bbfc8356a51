using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.SameDay;
using OneStop.Domain.Text;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.Reminders;

/// <summary>
/// "Nhắc tôi": the citizen picks one of the next same-day days; the scheduler (at the edge) reminds them the
/// evening before and the morning of, with the procedure's papers and the hours. Also the optional weekly
/// notice before each same-day day. The conversation only records the wish, as effects.
/// </summary>
public sealed class ReminderFeature(ContentCatalog content, ConversationOptions options, ReminderSchedule schedule) : IConversationFeature, ICardAddition
{
    public const string ListStep = "reminders";

    // Enough to plan a month ahead; more would only be forgotten.
    private const int MaxReminders = 3;
    private const int DaysOffered = 4;

    private readonly ReminderWording _say = new(content, schedule);

    public IReadOnlyList<string> Steps { get; } = [ListStep];

    public string PayloadPrefix => "rm";

    public IReadOnlyList<SlashCommand> Commands { get; } = [new("/nhacnho", "Lời nhắc ngày “không viết, không hẹn”", MenuPlace: 20)];

    public IEnumerable<string> MessageKeys => ReminderWording.Keys;

    public bool TryPress(ConversationTurn turn, string payload)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(payload);
        var parts = payload.Split(':');
        switch (parts)
        {
            case ["rm", "pick"]:
                Pick(turn, null);
                return true;
            case ["rm", "pick", var id] when content.FindProcedure(id) is { } procedure:
                Pick(turn, procedure);
                return true;
            case ["rm", "set", var day, .. var rest] when ReminderList.TryDay(day, out var date) && rest.Length <= 1:
                var procedureId = rest.Length == 1 ? rest[0] : null;
                if (procedureId is not null && content.FindProcedure(procedureId) is null)
                {
                    return false;
                }

                Set(turn, date, procedureId);
                return true;
            case ["rm", "del", var day] when ReminderList.TryDay(day, out var date):
                Cancel(turn, date);
                return true;
            case ["rm", "list"]:
                turn.Machine.GoTo(ListStep);
                turn.Say(Render(turn, ListStep));
                return true;
            case ["rm", "weekly", "on" or "off"]:
                // Where the channel has a window (Zalo), a weekly message would mostly be dropped: not offered.
                var on = parts[2] == "on" && ProactiveReach.Of(turn.Incoming) is null;
                if (on)
                {
                    turn.Session.Data[ReminderList.WeeklyKey] = "on";
                }
                else
                {
                    turn.Session.Data.Remove(ReminderList.WeeklyKey);
                }

                turn.Effect(new WeeklyNoticeChanged(on));
                turn.Machine.GoTo(ListStep);
                turn.Say(Render(turn, ListStep));
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// "thứ 4 tuần sau", "ngày 9", typed under "which day?": that day's reminder, as its button would set it. Only the
    /// message right after the question is read so; later, a day typed is a question about that day.
    /// </summary>
    public bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (ShortMemory.Recent(turn, PickingKey) is not { } picking)
        {
            return false;
        }

        ShortMemory.Forget(turn, PickingKey);
        if (NamedDay(turn, text) is not { } day)
        {
            return false;
        }

        Set(turn, day, picking.Length > 0 && content.FindProcedure(picking) is not null ? picking : null);
        return true;
    }

    private const string PickingKey = "reminder.picking";

    /// <summary>/nhacnho: the chat's reminders.</summary>
    public void OnCommand(ConversationTurn turn, SlashCommand command, string text)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Machine.GoTo(ListStep);
        turn.Say(Render(turn, ListStep));
    }

    /// <summary>"nhắc tôi nha": the reminder for the procedure asked about or on screen.</summary>
    public bool TryAnswer(ConversationTurn turn, Request request)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind != RequestKind.Reminder)
        {
            return false;
        }

        var procedure = request.ProcedureId is { } id ? content.FindProcedure(id) : null;
        if (NamedOrAskedDay(turn) is { } day)
        {
            // "nhắc tôi thứ 4 tuần sau", or "nhắc em nha" right after asking about that Wednesday: no picker.
            Set(turn, day, procedure?.Id);
            return true;
        }

        Pick(turn, procedure);
        return true;
    }

    private DateOnly? NamedOrAskedDay(ConversationTurn turn) => NamedDay(turn, turn.Incoming.Text) ?? Offered(turn, SameDayAsked.Recent(turn));

    /// <summary>A same-day day among those offered, named in the text.</summary>
    private DateOnly? NamedDay(ConversationTurn turn, string text)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(turn.Now, options.Zone).DateTime);
        return Offered(turn, DayQuestionReader.NamedDay(text, TextFolding.Words(text), today));
    }

    private DateOnly? Offered(ConversationTurn turn, DateOnly? named)
    {
        var now = TimeZoneInfo.ConvertTime(turn.Now, options.Zone).DateTime;
        return named is { } day && content.Calendar.UpcomingSameDays(now, DaysOffered).Contains(day) ? day : null;
    }

    public Reply Render(ConversationTurn turn, string step)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var items = ReminderList.Read(turn.Session.Data);
        var weekly = turn.Session.Data.ContainsKey(ReminderList.WeeklyKey);
        var reach = ProactiveReach.Of(turn.Incoming);
        var rows = items
            .Select(i => (IReadOnlyList<ReplyButton>)[new ReplyButton($"{_say.Label("button.reminder-cancel")} {VietnameseDates.Short(i.Day)}", ReminderWording.Payload("del", i.Day))])
            .ToList();
        rows.Add([new ReplyButton(turn.Render.Say("button.remind-me"), ReminderWording.Payload("pick"))]);
        if (weekly)
        {
            rows.Add([new ReplyButton(_say.Label("button.weekly-off"), ReminderWording.Payload("weekly") + ":off")]);
        }
        else if (reach is null)
        {
            rows.Add([new ReplyButton(_say.Label("button.weekly-on"), ReminderWording.Payload("weekly") + ":on")]);
        }

        rows.Add([new ReplyButton(turn.Render.Say("button.menu"), ButtonPress.Menu)]);
        return new Reply(_say.List(items, weekly, reach), rows);
    }

    public IEnumerable<ReplyButton> CardButtons(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return procedure.SameDay.Applies ? [new ReplyButton(content.Messages["button.remind-me"], ReminderWording.Payload("pick", procedureId: procedure.Id))] : [];
    }

    private void Pick(ConversationTurn turn, Procedure? procedure)
    {
        var now = TimeZoneInfo.ConvertTime(turn.Now, options.Zone).DateTime;
        var days = content.Calendar.UpcomingSameDays(now, DaysOffered);
        var text = _say.Pick(procedure);
        if (ProactiveReach.Of(turn.Incoming) is { } reach)
        {
            var reachable = days.Where(d => Reachable(turn.Now, d, reach)).ToList();
            if (reachable.Count == 0 && days.Count > 0)
            {
                turn.Say(new Reply(WindowNone(turn.Now, days[0], reach), [turn.Render.NavigationRow()]));
                return;
            }

            if (reachable.Count < days.Count)
            {
                text += "\n" + _say.WindowSome(reach);
            }

            days = reachable;
        }

        ShortMemory.Remember(turn, PickingKey, procedure?.Id ?? "");
        var rows = days
            .Select(d => (IReadOnlyList<ReplyButton>)[new ReplyButton(_say.DayText(d), ReminderWording.Payload("set", d, procedure?.Id))])
            .Append(turn.Render.NavigationRow())
            .ToList();
        turn.Say(new Reply(text, rows));
    }

    private void Set(ConversationTurn turn, DateOnly day, string? procedureId)
    {
        var now = TimeZoneInfo.ConvertTime(turn.Now, options.Zone).DateTime;
        if (!content.Calendar.UpcomingSameDays(now, DaysOffered * 2).Contains(day))
        {
            // An old button: that day has passed or is no longer a same-day day.
            turn.Say(new Reply(_say.Label("reminder.gone"), [[new ReplyButton(turn.Render.Say("button.remind-me"), ReminderWording.Payload("pick"))]]));
            return;
        }

        var reach = ProactiveReach.Of(turn.Incoming);
        if (reach is not null && !Reachable(turn.Now, day, reach))
        {
            // An older button, pressed after the window moved on: nothing would arrive, so nothing is promised.
            turn.Say(new Reply(WindowNone(turn.Now, day, reach), _say.AfterReminderButtons()));
            return;
        }

        var items = ReminderList.Read(turn.Session.Data);
        items.RemoveAll(i => i.Day == day);
        if (items.Count >= MaxReminders)
        {
            turn.Say(new Reply(_say.Label("reminder.too-many"), _say.AfterReminderButtons()));
            return;
        }

        items.Add((day, procedureId));
        ReminderList.Write(turn.Session.Data, items);
        turn.Effect(new ReminderSet(day, procedureId));
        var said = reach is null || (Fits(EveningOf(day), turn.Now, reach) && Fits(MorningOf(day), turn.Now, reach))
            ? _say.Set(day)
            : _say.SetOnce(day, evening: Fits(EveningOf(day), turn.Now, reach));
        turn.Say(new Reply(said, _say.AfterReminderButtons()));
    }

    // Zalo's window (ProactiveReach): a day is offered only if one of its two reminders would get through.
    private bool Reachable(DateTimeOffset now, DateOnly day, ProactiveReach reach) =>
        Fits(EveningOf(day), now, reach) || Fits(MorningOf(day), now, reach);

    private static bool Fits(DateTimeOffset moment, DateTimeOffset now, ProactiveReach reach) => moment > now && moment <= reach.Until;

    private DateTimeOffset EveningOf(DateOnly day) => At(day.AddDays(-1), schedule.Evening);

    private DateTimeOffset MorningOf(DateOnly day) => At(day, schedule.Morning);

    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, options.Zone.GetUtcOffset(local));
    }

    /// <summary>"Not yet": from when a message would let the evening reminder through, to the next full hour.</summary>
    private string WindowNone(DateTimeOffset now, DateOnly day, ProactiveReach reach)
    {
        var from = TimeZoneInfo.ConvertTime(EveningOf(day) - (reach.Until - now), options.Zone).DateTime;
        if (from.Minute != 0 || from.Second != 0)
        {
            from = from.Date.AddHours(from.Hour + 1);
        }

        return _say.WindowNone(day, reach, from);
    }

    private void Cancel(ConversationTurn turn, DateOnly day)
    {
        var items = ReminderList.Read(turn.Session.Data);
        items.RemoveAll(i => i.Day == day);
        ReminderList.Write(turn.Session.Data, items);
        turn.Effect(new ReminderCancelled(day));
        turn.Machine.GoTo(ListStep);
        var list = Render(turn, ListStep);
        turn.Say(list with { Text = $"{_say.Cancelled(day)}\n\n{list.Text}" });
    }
}
