namespace OneStop.Domain.Survey;

/// <summary>
/// The figures of the evaluation report for a period: how many answered, the share of each answer per question,
/// same-day weekdays against other days, verified (ticket) against unverified answers, per procedure, the points
/// per evaluation criterion, and the comments. Built from anonymous <see cref="SurveyResponse"/>s only.
/// </summary>
public sealed record SurveyReport(
    ReportPeriod Period,
    IReadOnlyList<SurveyResponse> Responses,
    IReadOnlyList<QuestionTally> Questions,
    QuestionTally VerifiedOverall,
    QuestionTally UnverifiedOverall,
    QuestionTally SameDayOverall,
    QuestionTally OtherDaysOverall,
    IReadOnlyList<ProcedureTally> Procedures,
    IReadOnlyList<CriterionTally> Criteria,
    IReadOnlyList<CriterionTally> VerifiedCriteria,
    IReadOnlyList<ReportComment> Comments)
{
    public int Total => Responses.Count;

    public int Complete => Responses.Count(r => r.Complete);

    public int Verified => Responses.Count(r => r.Verified);

    public int SameDayVisits => Responses.Count(r => r.SameDay == true);

    public int OtherDayVisits => Responses.Count(r => r.SameDay == false);

    public static SurveyReport Build(SurveyForm form, IEnumerable<SurveyResponse> responses, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(period);
        var inPeriod = responses
            .Where(r => period.Contains(r.ReportDay))
            .OrderBy(r => r.ReportDay)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var overall = form.Overall;
        return new SurveyReport(
            period,
            inPeriod,
            form.Questions.Select(q => Tally(q, inPeriod)).ToList(),
            Tally(overall, inPeriod.Where(r => r.Verified)),
            Tally(overall, inPeriod.Where(r => !r.Verified)),
            Tally(overall, inPeriod.Where(r => r.SameDay == true)),
            Tally(overall, inPeriod.Where(r => r.SameDay == false)),
            inPeriod
                .GroupBy(r => r.ProcedureId ?? "", StringComparer.Ordinal)
                .OrderBy(g => g.Key.Length == 0)
                .ThenByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ProcedureTally(g.Key.Length == 0 ? null : g.Key, g.Count(), Tally(overall, g)))
                .ToList(),
            Points(form, inPeriod),
            Points(form, inPeriod.Where(r => r.Verified)),
            inPeriod
                .Where(r => !string.IsNullOrWhiteSpace(r.Comment))
                .Select(r => new ReportComment(r.ReportDay, r.ProcedureId, r.Verified, r.Comment!))
                .ToList());
    }

    /// <summary>Counts per option; an answer whose option was since removed from survey.yaml is still counted, under its stored label.</summary>
    private static QuestionTally Tally(SurveyQuestion question, IEnumerable<SurveyResponse> responses)
    {
        var answers = responses.Select(r => r.AnswerTo(question.Id)).OfType<SurveyAnswer>().ToList();
        var options = question.Options
            .Select(o => new OptionTally(o.Id, o.Plain, o.Tone, answers.Count(a => a.OptionId == o.Id)))
            .ToList();
        options.AddRange(answers
            .Where(a => question.Find(a.OptionId) is null)
            .GroupBy(a => a.OptionId, StringComparer.Ordinal)
            .Select(g => new OptionTally(g.Key, g.First().Label, g.First().Tone, g.Count())));
        return new QuestionTally(question.Id, question.Title, question.Criterion, options);
    }

    /// <summary>Points per criterion from the points stored with each answer, for all nine criteria (zero where nothing measures one).</summary>
    private static List<CriterionTally> Points(SurveyForm form, IEnumerable<SurveyResponse> responses)
    {
        var scored = responses.SelectMany(r => r.Answers).Where(a => a.Criterion is not null && a.Points is not null).ToList();
        return form.Criteria
            .Select(c =>
            {
                var mine = scored.Where(a => a.Criterion == c.Number).ToList();
                return new CriterionTally(c.Number, c.Name, mine.Count(a => a.Points == 2), mine.Count(a => a.Points == 1), mine.Count(a => a.Points == 0));
            })
            .ToList();
    }
}
