namespace OneStop.Domain.Survey;

/// <summary>The message keys the survey says (conversation-flows/messages/survey.yaml); `validate` requires each.</summary>
internal static class SurveyMessages
{
    public static IReadOnlyList<string> Keys { get; } =
    [
        "survey.intro.ticket", "survey.intro.open", "survey.procedure", "survey.visit", "survey.day.ask",
        "survey.question", "survey.comment.ask", "survey.tap-hint", "survey.note-kept", "survey.changed", "survey.resume",
        "survey.thanks", "survey.thanks.partial", "survey.escalated", "survey.contact.ask", "survey.contact.done",
        "survey.contact.declined", "survey.contact.stale", "survey.over",
        "survey.ticket.invalid", "survey.ticket.used", "survey.ticket.expired",
        "survey.button.day-same", "survey.button.day-other", "survey.button.skip", "survey.button.stop",
        "survey.button.no-comment", "survey.button.contact-yes", "survey.button.contact-no", "survey.button.open",
        "survey.staff.complaint", "survey.staff.procedure", "survey.staff.no-procedure", "survey.staff.visit",
        "survey.staff.no-visit", "survey.staff.same-day", "survey.staff.verified", "survey.staff.unverified",
        "survey.staff.comment", "survey.staff.private", "survey.staff.contact", "survey.staff.account",
    ];
}
