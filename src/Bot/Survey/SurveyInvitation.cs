namespace OneStop.Bot.Survey;

/// <summary>
/// What the survey hands to a feature that asks about a visit afterwards (the reminders' follow-up): the payload of a
/// button opening the survey about a visit for a procedure (null: not known). <see cref="SurveyModule"/> registers it,
/// so it is there exactly when the survey runs.
/// </summary>
internal sealed record SurveyInvitation(Func<string?, string> Payload);
