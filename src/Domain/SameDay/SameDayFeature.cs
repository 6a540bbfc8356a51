using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.SameDay;

/// <summary>
/// The heart of the plan, "come on Wednesday and leave with your result": the next same-day day on every
/// procedure card, the Wednesday page, and answers to questions about days, hours and holidays, all from
/// the commune's calendar in its own time zone.
/// </summary>
public sealed class SameDayFeature(ContentCatalog content, ConversationOptions options) : IConversationFeature
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

    public bool TryText(ConversationTurn turn, string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var now = LocalNow(turn);
        if (DayQuestionReader.Read(text, words, DateOnly.FromDateTime(now)) is not { } question)
        {
            return false;
        }

        switch (question.Kind)
        {
            case DayQuestionKind.SameDay:
                turn.Machine.GoTo(Step);
                turn.Say(Render(turn, Step));
                break;
            case DayQuestionKind.IsOpen:
                turn.Say(new Reply(_say.Day(question.Day!.Value, now), Buttons(turn)));
                break;
            case DayQuestionKind.Hours:
                turn.Say(new Reply(_say.Hours(now), Buttons(turn)));
                break;
            default:
                turn.Say(new Reply(_say.Holiday(question.Holiday ?? "", now), Buttons(turn)));
                break;
        }

        return true;
    }

    public Reply Render(ConversationTurn turn, string step)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new Reply(_say.Page(LocalNow(turn)), Buttons(turn));
    }

    public IEnumerable<ReplyButton> CardButtons(Procedure procedure) => [];

    public string? CardFooter(ConversationTurn turn, Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(procedure);
        return procedure.SameDay.Applies ? _say.Footer(LocalNow(turn)) : null;
    }

    private DateTime LocalNow(ConversationTurn turn) => TimeZoneInfo.ConvertTime(turn.Now, options.Zone).DateTime;

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons(ConversationTurn turn)
    {
        var reminder = turn.Render.Say("button.remind-me");
        return
        [
            [new ReplyButton(reminder, "rm:pick")],
            [new ReplyButton(turn.Render.Say("button.procedures"), ButtonPress.Flow("to-procedures")), new ReplyButton(turn.Render.Say("button.menu"), ButtonPress.Menu)],
        ];
    }
}
