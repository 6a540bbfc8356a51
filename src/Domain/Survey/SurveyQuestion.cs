using OneStop.Domain.Content;

namespace OneStop.Domain.Survey;

/// <summary>
/// A question of the survey: what the citizen reads (<see cref="Ask"/>), how reports name it
/// (<see cref="Title"/>), the evaluation criterion its answers score (null: none), and the fact that
/// justifies that mapping, so the office can check it before copying points to its official sheet.
/// </summary>
public sealed record SurveyQuestion(
    string Id,
    string Title,
    string Ask,
    int? Criterion,
    bool OfficialScale,
    QuestionCondition When,
    IReadOnlyList<SurveyOption> Options,
    Fact Mapping)
{
    public SurveyOption? Find(string optionId) => Options.FirstOrDefault(o => o.Id == optionId);

    public bool AppliesTo(bool sameDay) => When == QuestionCondition.Always || sameDay;
}
