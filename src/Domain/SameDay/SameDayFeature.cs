using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;
using OneStop.Domain.Text;
using OneStop.Domain.Understanding;

namespace OneStop.Domain.SameDay;

/// <summary>
/// The heart of the plan, "come on Wednesday and leave with your result": the next same-day day on every
/// procedure card, the Wednesday page, and answers to questions about days, hours and holidays, all from
/// the commune's calendar in its own time zone.
/// </summary>
public sealed class SameDayFeature(ContentCatalog content, ConversationOptions options) : IConversationFeature, ICardAddition
{
    public const string Step = "wednesday";

    private readonly SameDayWording _say = new(content);

    public IReadOnlyList<string> Steps { get; } = [Step];

    public string PayloadPrefix => "sd";

    public IEnumerable<string> MessageKeys => SameDayWording.Keys;

    public bool TryPress(ConversationTurn turn, string payload)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (payload != "sd:page")
        {
            return false;
        }

        turn.Machine.GoTo(Step);
        turn.Say(Render(turn, Step));
        return true;
    }

    /// <summary>Questions about days are read by the engine's reader and answered in <see cref="TryAnswer"/>.</summary>
    public bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words) => false;

    public bool TryAnswer(ConversationTurn turn, Request request)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind == RequestKind.Wednesday && !DayQuestionReader.AsksHolidayWednesday(TextFolding.Words(turn.Incoming.Text)))
        {
            turn.Machine.GoTo(Step);
            turn.Say(Render(turn, Step));
            return true;
        }

        if (AnswerLine(turn, request) is not { } text)
        {
            return false;
        }

        turn.Say(new Reply(text, Buttons(turn, AskedSameDay(turn, request))));
        return true;
    }

    /// <summary>
    /// The same-day day a question about a day named ("thứ 4 tuần sau có làm không"), kept a little while in the
    /// session so that "nhắc em nha" right after it sets that day's reminder without a second question.
    /// </summary>
    private DateOnly? AskedSameDay(ConversationTurn turn, Request request)
    {
        if (request.Kind is not (RequestKind.Day or RequestKind.Cutoff) || DayQuestionReader.AsksHolidayWednesday(TextFolding.Words(turn.Incoming.Text)))
        {
            return null;
        }

        var now = LocalNow(turn);
        var raw = turn.Incoming.Text;
        var named = DayQuestionReader.NamedDay(raw, TextFolding.Words(raw), DateOnly.FromDateTime(now));
        if (named is not { } day || !content.Calendar.UpcomingSameDays(now, SameDayAsked.Horizon).Contains(day))
        {
            return null;
        }

        SameDayAsked.Remember(turn, day);
        return day;
    }

    public string? AnswerLine(ConversationTurn turn, Request request)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var now = LocalNow(turn);
        var raw = turn.Incoming.Text;
        var words = TextFolding.Words(raw);
        var today = DateOnly.FromDateTime(now);
        if (request.Kind is RequestKind.Day or RequestKind.Wednesday && DayQuestionReader.AsksHolidayWednesday(words))
        {
            return _say.HolidayRule(now);
        }

        return request.Kind switch
        {
            RequestKind.Day => DayQuestionReader.Read(raw, words, today) switch
            {
                { Kind: DayQuestionKind.Holiday } holiday => _say.Holiday(holiday.Holiday ?? "", now),
                { Kind: DayQuestionKind.IsOpen, Day: { } day } => _say.Day(day, now),
                _ => DayQuestionReader.NamedDay(raw, words, today) is { } named ? _say.Day(named, now) : _say.Footer(now),
            },
            RequestKind.Hours => _say.Hours(now),
            RequestKind.Cutoff => _say.Cutoff(DayQuestionReader.NamedDay(raw, words, today), DayMention.ClockTime(words), now),
            RequestKind.Wednesday => _say.Footer(now),
            _ => null,
        };
    }

    public Reply Render(ConversationTurn turn, string step)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new Reply(_say.Page(LocalNow(turn)), Buttons(turn));
    }

    public string? CardFooter(ConversationTurn turn, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(procedure);
        return procedure.SameDay.Applies ? _say.Footer(LocalNow(turn)) : null;
    }

    private DateTime LocalNow(ConversationTurn turn) => TimeZoneInfo.ConvertTime(turn.Now, options.Zone).DateTime;

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons(ConversationTurn turn, DateOnly? sameDay = null)
    {
        var reminder = turn.Render.Say("button.remind-me");
        var remind = sameDay is { } day
            ? new ReplyButton($"{reminder} {day.ToString("dd'/'MM", System.Globalization.CultureInfo.InvariantCulture)}", $"rm:set:{day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}")
            : new ReplyButton(reminder, "rm:pick");
        return
        [
            [remind],
            [new ReplyButton(turn.Render.Say("button.procedures"), ButtonPress.Flow("to-procedures")), new ReplyButton(turn.Render.Say("button.menu"), ButtonPress.Menu)],
        ];
    }
}
