namespace OneStop.Domain.Survey;

/// <summary>
/// How a survey begins: from a genuine ticket (verified), or without one (unverified: /khaosat, the menu, the
/// reminder's "did you go?" button), with what is known about the visit.
/// </summary>
internal sealed record SurveyStart(SurveyTicket? Ticket, string? ProcedureId, DateOnly? VisitDate, bool? SameDay);
