using System.Globalization;

namespace OneStop.Domain.Survey;

/// <summary>
/// How the edge tells the conversation about a ticket, in <see cref="Conversation.Incoming.Context"/>: the secret
/// and the record of used tickets live at the edge; the pure survey only reads the result.
/// </summary>
public static class TicketContext
{
    public const string CheckKey = "survey.ticket";

    private const string IdKey = "survey.ticket.id";
    private const string PlanKey = "survey.ticket.plan";
    private const string VisitKey = "survey.ticket.visit";
    private const string SameDayKey = "survey.ticket.same-day";
    private const string ExpiresKey = "survey.ticket.expires";
    private const string DateFormat = "yyyy-MM-dd";

    public static IReadOnlyDictionary<string, string> Describe(TicketCheck check, SurveyTicket? ticket)
    {
        var context = new Dictionary<string, string>(StringComparer.Ordinal) { [CheckKey] = check.ToString() };
        if (ticket is not null)
        {
            context[IdKey] = ticket.Id.ToString(CultureInfo.InvariantCulture);
            context[PlanKey] = ticket.PlanItem.ToString(CultureInfo.InvariantCulture);
            context[VisitKey] = ticket.VisitDate.ToString(DateFormat, CultureInfo.InvariantCulture);
            context[SameDayKey] = ticket.SameDay ? "1" : "0";
            context[ExpiresKey] = ticket.ExpiresOn.ToString(DateFormat, CultureInfo.InvariantCulture);
        }

        return context;
    }

    /// <summary>The check the edge made, and the ticket when it is genuine (<see cref="TicketCheck.Used"/> or <see cref="TicketCheck.Fresh"/>).</summary>
    public static TicketCheck Read(IReadOnlyDictionary<string, string> context, out SurveyTicket? ticket)
    {
        ArgumentNullException.ThrowIfNull(context);
        ticket = null;
        if (!context.TryGetValue(CheckKey, out var text) || !Enum.TryParse<TicketCheck>(text, out var check) || !Enum.IsDefined(check))
        {
            return TicketCheck.Unchecked;
        }

        if (check is TicketCheck.Used or TicketCheck.Fresh)
        {
            if (!ulong.TryParse(context.GetValueOrDefault(IdKey), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !int.TryParse(context.GetValueOrDefault(PlanKey), NumberStyles.None, CultureInfo.InvariantCulture, out var plan)
                || !TryDate(context.GetValueOrDefault(VisitKey), out var visit)
                || !TryDate(context.GetValueOrDefault(ExpiresKey), out var expires))
            {
                return TicketCheck.Unchecked;
            }

            ticket = new SurveyTicket(id, plan, visit, context.GetValueOrDefault(SameDayKey) == "1", expires);
        }

        return check;
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
