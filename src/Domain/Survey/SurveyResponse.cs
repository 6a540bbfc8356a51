namespace OneStop.Domain.Survey;

/// <summary>
/// The answers of one survey, stored apart from the chat: a random <see cref="Id"/>, what the visit was, the day it
/// was answered (a day, not a time) and the answers. Nothing in it says who answered. <see cref="Complete"/> is
/// false until the citizen reached the end; a survey left half-way stays as partial.
/// </summary>
public sealed record SurveyResponse(
    string Id,
    bool Verified,
    string? ProcedureId,
    DateOnly? VisitDate,
    bool? SameDay,
    DateOnly AnsweredOn,
    IReadOnlyList<SurveyAnswer> Answers,
    string? Comment,
    bool Complete)
{
    /// <summary>The day a report counts the answer on: the visit when known, else the day it was given.</summary>
    public DateOnly ReportDay => VisitDate ?? AnsweredOn;

    public SurveyAnswer? AnswerTo(string questionId) => Answers.FirstOrDefault(a => a.QuestionId == questionId);
}
