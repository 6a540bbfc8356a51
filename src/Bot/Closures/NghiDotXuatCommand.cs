using System.Globalization;
using Microsoft.Extensions.Logging;
using OneStop.Bot.Broadcasts;
using OneStop.Bot.Staff;
using OneStop.Domain.Closures;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Closures;

/// <summary>
/// /nghidotxuat: an official closes the office for a day or half a day at short notice (storms, floods), confirmed
/// with a button. At once every answer about that day says the office is closed and why, the same-day promise moves to
/// the next working same-day day, reminders for the day move and their citizens are told, and the official is offered
/// a notice to subscribers, prefilled. "/nghidotxuat ds" lists closures; one can be cancelled, and the citizens who
/// were moved are told and moved back.
/// </summary>
internal sealed class NghiDotXuatCommand(
    ClosureStore closures,
    ClosureReminders reminders,
    ClosureWording say,
    ContentCatalog content,
    ConversationOptions conversation,
    BroadcastStore broadcasts,
    BroadcastComposer composer,
    StaffChat chat,
    TimeProvider time,
    ILogger<NghiDotXuatCommand> log) : IStaffCommand
{
    public const string Prefix = "nd";

    public string Name => "nghidotxuat";

    public string? PayloadPrefix => Prefix;

    public bool Awaits(string memberKey) => false;

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), conversation.Zone).DateTime);

    public Task HandleAsync(StaffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Payload is { } payload ? OnPressAsync(request, payload, cancellationToken) : OnCommandAsync(request, cancellationToken);
    }

    /// <summary>"nd:mk:yyyyMMdd" offered under a notice that announces a closure (see <see cref="ClosureInNotice"/>).</summary>
    public static string MarkPayload(DateOnly day) => $"{Prefix}:mk:{ClosureStore.Format(day)}";

    private async Task OnCommandAsync(StaffRequest request, CancellationToken token)
    {
        var argument = request.Argument.Trim();
        if (argument is "ds" or "DS")
        {
            await ListAsync(request.Chat, token);
            return;
        }

        if (ClosureOrder.Parse(argument) is not { } order)
        {
            await chat.SayAsync(request.Chat, say.Say("closure.usage"), token);
            return;
        }

        await ProposeAsync(request, order, token);
    }

    private async Task ProposeAsync(StaffRequest request, ClosureOrder order, CancellationToken token)
    {
        if (order.Day < Today)
        {
            await chat.SayAsync(request.Chat, say.Say("closure.bad-date"), token);
            return;
        }

        if (order.Reason.Length == 0)
        {
            await chat.SayAsync(request.Chat, say.Say("closure.no-reason"), token);
            return;
        }

        var status = content.Calendar.Describe(order.Day);
        if (!status.IsWorkingDay)
        {
            await chat.SayAsync(request.Chat, say.Say("closure.already-closed", ("day", ClosureWording.Day(order.Day)), ("reason", status.ClosedReason ?? "")), token);
            return;
        }

        var pending = closures.Create(order.Day, order.Part, order.Reason, request.Member.Key, time.GetUtcNow().UtcDateTime);
        var text = say.Say(
            "closure.preview",
            ("day", ClosureWording.Day(order.Day)),
            ("part", say.Part(order.Part)),
            ("reason", order.Reason),
            ("count", reminders.CountOn(order.Day).ToString(CultureInfo.InvariantCulture)),
            ("next", ClosureWording.Day(NextSameDayWithout(order))));
        await chat.SayAsync(request.Chat, text,
        [
            [new ReplyButton(say.Say("button.closure-confirm"), Payload("ok", pending.Id)), new ReplyButton(say.Say("button.closure-drop"), Payload("no", pending.Id))],
        ], token);
    }

    private async Task OnPressAsync(StaffRequest request, string payload, CancellationToken token)
    {
        var parts = payload.Split(':');
        if (parts is [_, "mk", var dayText] && DateOnly.TryParseExact(dayText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var marked))
        {
            await ProposeAsync(request, new ClosureOrder(marked, DayPart.WholeDay, ClosureInNotice.Reason), token);
            return;
        }

        if (parts is not [_, var action, var idText] || !int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || closures.Find(id) is not { } closure)
        {
            await chat.SayAsync(request.Chat, say.Say("closure.stale"), token);
            return;
        }

        switch (action, closure.Status)
        {
            case ("ok", ClosureStatus.Pending):
                await ConfirmAsync(request, closure, token);
                break;
            case ("no", ClosureStatus.Pending):
                closure.Status = ClosureStatus.Cancelled;
                closures.Update(closure);
                await chat.SayAsync(request.Chat, say.Say("closure.dropped"), token);
                break;
            case ("tb", ClosureStatus.Active):
                await OfferNoticeAsync(request, closure, token);
                break;
            case ("x", ClosureStatus.Active):
                await CancelAsync(request, closure, token);
                break;
            default:
                await chat.SayAsync(request.Chat, say.Say("closure.stale"), token);
                break;
        }
    }

    private async Task ConfirmAsync(StaffRequest request, StoredClosure closure, CancellationToken token)
    {
        var day = ClosureStore.Parse(closure.Day);
        if (day < Today || !content.Calendar.IsWorkingDay(day))
        {
            await chat.SayAsync(request.Chat, say.Say("closure.stale"), token);
            return;
        }

        var moved = reminders.MoveOff(closure);
        log.LogInformation("Official {Official} closed {Day} ({Part}): {Reason}; {Moved} reminder(s) moved", request.Member.Key, day, closure.Part, closure.Reason, moved);
        await chat.SayAsync(request.Chat, say.Say(
            "closure.confirmed",
            ("day", ClosureWording.Day(day)),
            ("part", say.Part(closure.Part)),
            ("reason", closure.Reason),
            ("count", moved.ToString(CultureInfo.InvariantCulture)),
            ("next", ClosureWording.Day(NextSameDay(day)))),
            [[new ReplyButton(say.Say("button.closure-notice"), Payload("tb", closure.Id))]], token);
    }

    /// <summary>A /thongbao draft with the closure's notice already written: the official picks the audience and sends.</summary>
    private async Task OfferNoticeAsync(StaffRequest request, StoredClosure closure, CancellationToken token)
    {
        var day = ClosureStore.Parse(closure.Day);
        var text = say.Say(
            "closure.notice",
            ("day", ClosureWording.Day(day)),
            ("part", say.Part(closure.Part)),
            ("reason", closure.Reason),
            ("next", ClosureWording.Day(NextSameDay(day))));
        var draft = broadcasts.Create(request.Member.Key, request.Chat, composer.UtcNow);
        await composer.TakeTextAsync(request with { PhotoId = null }, draft, text, token);
    }

    private async Task CancelAsync(StaffRequest request, StoredClosure closure, CancellationToken token)
    {
        var told = reminders.MoveBack(closure);
        log.LogInformation("Official {Official} cancelled the closure of {Day}; {Told} citizen(s) told", request.Member.Key, closure.Day, told);
        await chat.SayAsync(request.Chat, say.Say(
            "closure.cancelled",
            ("day", ClosureWording.Day(ClosureStore.Parse(closure.Day))),
            ("count", told.ToString(CultureInfo.InvariantCulture))), token);
    }

    private async Task ListAsync(ChatAddress chatId, CancellationToken token)
    {
        var active = closures.Active().Where(c => ClosureStore.Parse(c.Day) >= Today).ToList();
        if (active.Count == 0)
        {
            await chat.SayAsync(chatId, say.Say("closure.none"), token);
            return;
        }

        var rows = active
            .Select(c => (IReadOnlyList<ReplyButton>)[new ReplyButton($"❌ {Domain.Calendar.VietnameseDates.Short(ClosureStore.Parse(c.Day))} · {say.Part(c.Part)} · {Shorten(c.Reason)}", Payload("x", c.Id))])
            .ToList();
        await chat.SayAsync(chatId, say.Say("closure.list"), rows, token);
    }

    private DateOnly NextSameDay(DateOnly closedDay) =>
        content.Calendar.NextSameDay(closedDay.ToDateTime(TimeOnly.MinValue)).Day;

    // Before confirmation the closure is not on the calendar yet: the next same-day day from the day after it, if it is one.
    private DateOnly NextSameDayWithout(ClosureOrder order) =>
        content.Calendar.NextSameDay((order.Day.DayOfWeek == content.Calendar.SameDayWeekday ? order.Day.AddDays(1) : order.Day).ToDateTime(TimeOnly.MinValue)).Day;

    private static string Payload(string action, int id) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{action}:{id}");

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..23] + "…";
}
