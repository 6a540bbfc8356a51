using OneStop.Domain.Calendar;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Handover;

/// <summary>
/// What a citizen reads of "Hỏi cán bộ", in one place for the feature and for the edge (an official's answer is
/// delivered by the edge, outside a turn, but worded here).
/// </summary>
public sealed class HandoverScreens(StepRenderer render)
{
    private readonly StepRenderer _render = render ?? throw new ArgumentNullException(nameof(render));

    /// <summary>What will be shared, before the citizen types; with when staff will see it if the desk is closed now.</summary>
    public Reply Intro(DateTime? nextOpening, DateTime localNow)
    {
        var text = _render.Say("handover.intro");
        if (nextOpening is { } opening)
        {
            text += "\n" + Say("handover.intro.closed-now", "when", When(opening, localNow));
        }

        return new Reply(text, [_render.MenuOnly()[0]]);
    }

    public Reply Sent(string code, DateTime? nextOpening, DateTime localNow)
    {
        var hours = nextOpening is { } opening
            ? Say("handover.sent.closed-now", "when", When(opening, localNow))
            : _render.Say("handover.sent.open");
        return new Reply($"{Say("handover.sent", "code", code)}\n{hours}", OpenButtons(code, withContact: true));
    }

    public Reply Added(string code) => new(Say("handover.added", "code", code), OpenButtons(code, withContact: false));

    public Reply Open(string code) => new(Say("handover.open", "code", code), OpenButtons(code, withContact: true));

    public Reply ReplyAsk(string code) => new(Say("handover.reply.ask", "code", code), OpenButtons(code, withContact: false));

    public Reply ContactDone(string code) => new(Say("handover.contact.done", "code", code), OpenButtons(code, withContact: false));

    /// <summary>No staff group to send to: said plainly, with where to ask instead.</summary>
    public Reply Unstaffed() => new(_render.Say("handover.unstaffed"), [_render.MenuOnly()[0]]);

    public Reply Empty() => new(_render.Say("handover.empty"), [_render.MenuOnly()[0]]);

    /// <summary>The question is no longer open (closed by an official, or deleted): offer a new one.</summary>
    public Reply AlreadyClosed() => new(_render.Say("handover.already-closed"), NewQuestionButtons());

    /// <summary>An official's answer, as the citizen receives it: "Cán bộ trả lời: …", and how to answer back.</summary>
    public Reply Answer(string code, string text) => new(
        $"{Say("handover.answer", "text", text)}\n\n{Say("handover.answer.code", "code", code)}",
        [
            [new ReplyButton(_render.Say("button.handover-reply"), HandoverPress.Reply(code))],
            [new ReplyButton(_render.Say("button.handover-close"), HandoverPress.Close(code))],
        ]);

    public string Closed(string code) => Say("handover.closed", "code", code);

    /// <summary>"7 giờ hôm nay", "7 giờ, Thứ Hai, 07/12/2026".</summary>
    public static string When(DateTime opening, DateTime localNow)
    {
        var time = VietnameseDates.Time(TimeOnly.FromDateTime(opening));
        var day = DateOnly.FromDateTime(opening);
        return day == DateOnly.FromDateTime(localNow) ? $"{time} hôm nay" : $"{time}, {VietnameseDates.Day(day)}";
    }

    private List<IReadOnlyList<ReplyButton>> OpenButtons(string code, bool withContact)
    {
        List<IReadOnlyList<ReplyButton>> rows = [];
        if (withContact)
        {
            rows.Add([new ReplyButton(_render.Say("button.handover-contact"), HandoverPress.Contact(code))]);
        }

        rows.Add([new ReplyButton(_render.Say("button.handover-close"), HandoverPress.Close(code))]);
        rows.Add(_render.MenuOnly()[0]);
        return rows;
    }

    private List<IReadOnlyList<ReplyButton>> NewQuestionButtons() =>
        [[new ReplyButton(_render.Say("button.handover-new"), HandoverPayload.Ask)], _render.MenuOnly()[0]];

    private string Say(string key, string name, string value) =>
        _render.Say(key, new Dictionary<string, string>(StringComparer.Ordinal) { [name] = value });
}
