using System.Text;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Survey;

/// <summary>
/// What the staff group reads about a complaint: the procedure, the visit, the answers and the comment,
/// and nothing that says who the citizen is.
/// </summary>
internal sealed class StaffNotice(SurveyForm form, ContentCatalog content, StepRenderer render)
{
    public string Complaint(SurveyProgress progress, string reference, string? comment)
    {
        var text = new StringBuilder();
        text.Append(Say("survey.staff.complaint", reference)).Append('\n');
        var procedure = progress.ProcedureId is { } id ? content.FindProcedure(id) : null;
        text.Append(procedure is null ? render.Say("survey.staff.no-procedure") : Say("survey.staff.procedure", procedure.Name)).Append('\n');
        if (progress.VisitDate is { } visit)
        {
            text.Append(Say("survey.staff.visit", VietnameseDates.Day(visit)));
        }
        else
        {
            text.Append(render.Say("survey.staff.no-visit"));
        }

        if (progress.SameDay == true)
        {
            text.Append(' ').Append(render.Say("survey.staff.same-day"));
        }

        text.Append('\n').Append(render.Say(progress.Verified ? "survey.staff.verified" : "survey.staff.unverified")).Append('\n');
        var answers = progress.Answers;
        foreach (var question in form.Questions)
        {
            if (answers.TryGetValue(question.Id, out var optionId) && question.Find(optionId) is { } option)
            {
                text.Append("• ").Append(question.Title).Append(": ").Append(option.Plain).Append('\n');
            }
        }

        if (comment is not null)
        {
            text.Append(Say("survey.staff.comment", comment)).Append('\n');
        }

        text.Append(render.Say("survey.staff.private"));
        return text.ToString();
    }

    public string Contact(string reference) => Say("survey.staff.contact", reference);

    // {name} and {code} are the placeholders the validator lets code fill.
    private string Say(string key, string value) =>
        render.Say(key, new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = value, ["code"] = value });
}
