using System.Globalization;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Survey;

/// <summary>The survey's messages: the question where the chat stands, the intro, the end, the ticket answers.</summary>
internal sealed class SurveyScreens(SurveyForm form, ContentCatalog content, StepRenderer render)
{
    public Reply Current(SurveyProgress progress, string? lead = null)
    {
        var (text, buttons) = progress.At switch
        {
            SurveyProgress.DayPosition => (render.Say("survey.day.ask"), DayButtons()),
            SurveyProgress.CommentPosition => (render.Say("survey.comment.ask"), [[Button("survey.button.no-comment", SurveyPayload.NoComment)]]),
            var questionId => Question(progress, questionId),
        };
        return new Reply(lead is null ? text : $"{lead}\n\n{text}", buttons);
    }

    /// <summary>Who asks and why, the visit it is about, and that the answers are anonymous.</summary>
    public string Intro(SurveyProgress progress)
    {
        var lines = new List<string> { render.Say(progress.Verified ? "survey.intro.ticket" : "survey.intro.open") };
        if (progress.ProcedureId is { } id && content.FindProcedure(id) is { } procedure)
        {
            lines.Add(Say("survey.procedure", procedure.Name));
        }

        if (progress.VisitDate is { } visit)
        {
            lines.Add(Say("survey.visit", VietnameseDates.Day(visit)));
        }

        return string.Join('\n', lines);
    }

    /// <summary>The thanks at the end; after a complaint, the question whether staff may contact the citizen.</summary>
    public Reply End(bool complete, string? reference)
    {
        var thanks = render.Say(complete ? "survey.thanks" : "survey.thanks.partial");
        if (reference is null)
        {
            return new Reply(thanks, render.MenuOnly());
        }

        var text = $"{thanks}\n\n{Say("survey.escalated", reference)}\n\n{render.Say("survey.contact.ask")}";
        return new Reply(text,
        [
            [Button("survey.button.contact-yes", SurveyPayload.ContactYes)],
            [Button("survey.button.contact-no", SurveyPayload.ContactNo)],
        ]);
    }

    /// <summary>A message with a way to give an opinion without a ticket, and the menu.</summary>
    public Reply WithOpenSurvey(string text) =>
        new(text, [[Button("survey.button.open", SurveyPayload.Start())], .. render.MenuOnly()]);

    public Reply Plain(string key) => new(render.Say(key), render.MenuOnly());

    public string Say(string key) => render.Say(key);

    public string Say(string key, string value) =>
        render.Say(key, new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = value, ["code"] = value });

    private (string Text, IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons) Question(SurveyProgress progress, string questionId)
    {
        var asked = form.For(progress.SameDay ?? false);
        var question = form.Find(questionId) ?? asked[0];
        var number = asked.ToList().IndexOf(question) + 1;
        var step = string.Create(CultureInfo.InvariantCulture, $"{number}/{asked.Count}");
        var text = render.Say("survey.question", new Dictionary<string, string>(StringComparer.Ordinal) { ["step"] = step, ["name"] = question.Ask });
        List<IReadOnlyList<ReplyButton>> rows = [.. question.Options.Select(o => (IReadOnlyList<ReplyButton>)[new ReplyButton(o.Label, SurveyPayload.Answer(question.Id, o.Id))])];
        rows.Add([Button("survey.button.skip", SurveyPayload.Skip(question.Id)), Button("survey.button.stop", SurveyPayload.Stop)]);
        return (text, rows);
    }

    private List<IReadOnlyList<ReplyButton>> DayButtons() =>
    [
        [Button("survey.button.day-same", SurveyPayload.Day(sameDay: true))],
        [Button("survey.button.day-other", SurveyPayload.Day(sameDay: false))],
        [Button("survey.button.stop", SurveyPayload.Stop)],
    ];

    private ReplyButton Button(string key, string payload) => new(render.Say(key), payload);
}
