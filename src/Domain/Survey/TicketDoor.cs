using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Survey;

/// <summary>
/// A ticket's deep link ("/start sv…"), checked by the edge before the turn: a fresh ticket opens a verified survey
/// and is used up; a used, out-of-date or forged one gets a polite explanation and the offer of a survey without one.
/// </summary>
internal sealed class TicketDoor(SurveyTurn survey, ContentCatalog content)
{
    public Reply Open(IReadOnlyDictionary<string, string> context)
    {
        var check = TicketContext.Read(context, out var ticket);
        switch (check)
        {
            case TicketCheck.Fresh when ticket!.IsExpired(survey.Today):
                return survey.Screens.WithOpenSurvey(survey.Screens.Say("survey.ticket.expired", VietnameseDates.Short(ticket.ExpiresOn)));
            case TicketCheck.Fresh:
                var procedure = ticket.PlanItem == 0 ? null : content.Procedures.FirstOrDefault(p => p.PlanItem == ticket.PlanItem);
                survey.Effect(new TicketRedeemed(ticket));
                return survey.Begin(new SurveyStart(ticket, procedure?.Id, ticket.VisitDate, ticket.SameDay));
            case TicketCheck.Used when survey.Progress is { } progress && progress.TicketId == ticket!.Id:
                // The same citizen opening their own ticket again: carry on where they stopped.
                return survey.Show(progress, survey.Screens.Say("survey.resume"));
            case TicketCheck.Used:
                return survey.Screens.WithOpenSurvey(survey.Screens.Say("survey.ticket.used"));
            default:
                return survey.Screens.WithOpenSurvey(survey.Screens.Say("survey.ticket.invalid"));
        }
    }
}
