namespace OneStop.Bot.Survey;

/// <summary>
/// A ticket made by /phieukhaosat, and whether it was used. It holds what is printed on the ticket, never who used it.
/// Dates are ISO strings ("2026-12-02"): LiteDB has no DateOnly.
/// </summary>
internal sealed class TicketRecord
{
    /// <summary><see cref="Domain.Survey.SurveyTicket.Key"/>: 16 hex digits.</summary>
    public string Id { get; set; } = "";

    public int PlanItem { get; set; }

    public string VisitDate { get; set; } = "";

    public bool SameDay { get; set; }

    public string ExpiresOn { get; set; } = "";

    public string? IssuedOn { get; set; }

    public string? RedeemedOn { get; set; }
}
