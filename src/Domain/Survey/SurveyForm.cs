using OneStop.Domain.Content;

namespace OneStop.Domain.Survey;

/// <summary>The questionnaire from conversation-flows/survey.yaml, read and checked at start-up.</summary>
public sealed record SurveyForm(
    IReadOnlyList<SurveyQuestion> Questions,
    IReadOnlyList<SurveyCriterion> Criteria,
    Fact CriteriaSource,
    int TicketValidDays)
{
    /// <summary>The question on the official 3-level scale ("Rất hài lòng / Hài lòng / Không hài lòng"); the validator requires one.</summary>
    public SurveyQuestion Overall => Questions.First(q => q.OfficialScale);

    public SurveyQuestion? Find(string questionId) => Questions.FirstOrDefault(q => q.Id == questionId);

    public SurveyCriterion? Criterion(int number) => Criteria.FirstOrDefault(c => c.Number == number);

    /// <summary>The questions asked after one visit, in order.</summary>
    public IReadOnlyList<SurveyQuestion> For(bool sameDay) => Questions.Where(q => q.AppliesTo(sameDay)).ToList();
}
