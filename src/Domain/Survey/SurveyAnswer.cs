namespace OneStop.Domain.Survey;

/// <summary>
/// One answer as stored: the option tapped with its label, criterion and points copied at the time, so an old
/// answer keeps the meaning it had even after survey.yaml is edited.
/// </summary>
public sealed record SurveyAnswer(string QuestionId, string OptionId, string Label, int? Criterion, int? Points, OptionTone Tone);
