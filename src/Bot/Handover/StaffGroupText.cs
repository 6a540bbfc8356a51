using System.Globalization;
using Microsoft.Extensions.Options;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Handover;

namespace OneStop.Bot.Handover;

/// <summary>
/// What the staff group reads about questions (worded in messages/handover.yaml), and when a question is due to be
/// raised again: <see cref="HandoverOptions.RemindAfter"/> of office time after the citizen last wrote.
/// </summary>
internal sealed class StaffGroupText(ConversationEngine engine, ContentCatalog content, ConversationOptions conversation, IOptions<HandoverOptions> options)
{
    // A list line shows the start of a question; the whole is in the group's history.
    private const int ListExcerpt = 120;

    private readonly StaffHours _hours = new(content.Calendar);

    private StepRenderer Render => engine.Renderer;

    public DateTime DueUtc(DateTime nowUtc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), conversation.Zone);
        var due = _hours.After(local, options.Value.RemindAfter);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(due, DateTimeKind.Unspecified), conversation.Zone);
    }

    public Reply Question(string code, ChatAddress from, string text) =>
        new($"{Say("handover.staff.question", ("code", code), ("channel", ChannelName(from.Channel)), ("text", text))}\n\n{How(code)}");

    public Reply Added(string code, string text) => new($"{Say("handover.staff.added", ("code", code), ("text", text))}\n\n{How(code)}");

    public Reply Contact(string code, ChatAddress chat) =>
        new(Say("handover.staff.contact", ("code", code), ("text", $"{ChannelName(chat.Channel)} {chat.Id}")));

    public Reply ClosedByCitizen(string code) => new(Say("handover.staff.closed-by-citizen", ("code", code)));

    public Reply Reminder(StoredQuestion question) => new(
        $"{Say("handover.staff.reminder", ("code", question.Id), ("when", When(question.AskedUtc)), ("text", question.FirstText))}\n\n{How(question.Id)}");

    public Reply Delivered(string code) => new(Say("handover.staff.delivered", ("code", code)));

    public Reply Unknown(string code) => new(Say("handover.staff.unknown", ("code", code)));

    public Reply Closed(string code) => new(Say("handover.staff.closed", ("code", code)));

    public Reply Usage() => new(Render.Say("handover.staff.usage"));

    public Reply TextOnly() => new(Render.Say("handover.staff.text-only"));

    public Reply NoGroup() => new(Render.Say("handover.staff.no-group"));

    /// <summary>/hoidap: the open questions, oldest first, each with a button that closes it.</summary>
    public Reply List(IReadOnlyList<StoredQuestion> open, int maxButtons)
    {
        if (open.Count == 0)
        {
            return new Reply(Render.Say("handover.staff.list.empty"));
        }

        var lines = open.Select(q =>
        {
            var excerpt = q.FirstText.Length <= ListExcerpt ? q.FirstText : $"{q.FirstText[..ListExcerpt]}…";
            var state = q.AnswerCount == 0
                ? Render.Say("handover.staff.list.unanswered")
                : Say("handover.staff.list.answered", ("count", q.AnswerCount.ToString(CultureInfo.InvariantCulture)));
            return Say("handover.staff.list.item", ("code", q.Id), ("when", When(q.AskedUtc)), ("text", $"{state}\n“{excerpt}”"));
        });
        var header = Say("handover.staff.list", ("count", open.Count.ToString(CultureInfo.InvariantCulture)));
        var buttons = open.Take(maxButtons)
            .Select(q => (IReadOnlyList<ReplyButton>)[new ReplyButton(Say("handover.staff.button.close", ("code", q.Id)), HoiDapCommand.ClosePayload(q.Id))])
            .ToList();
        return new Reply($"{header}\n\n{string.Join("\n\n", lines)}\n\n{Render.Say("handover.staff.usage")}", buttons);
    }

    /// <summary>"09 giờ 05, Thứ Ba, 01/12/2026" in the commune's time.</summary>
    public string When(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), conversation.Zone);
        return $"{VietnameseDates.Time(TimeOnly.FromDateTime(local))}, {VietnameseDates.Day(DateOnly.FromDateTime(local))}";
    }

    private string How(string code) => Say("handover.staff.how", ("code", code));

    private static string ChannelName(string channel) =>
        channel.Length == 0 ? channel : char.ToUpperInvariant(channel[0]) + channel[1..];

    private string Say(string key, params (string Name, string Value)[] values) =>
        Render.Say(key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
}
