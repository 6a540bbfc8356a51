using OneStop.Domain.Content;
using OneStop.Domain.Survey;

namespace OneStop.Domain.Tests.Survey;

/// <summary>Report figures on answers whose right figures are known by hand.</summary>
public class SurveyReportTests
{
    private static readonly Fact Source = new("mapping", "reference.md §B1", Confidence.Memory, false, SourceRef.None);

    private static readonly SurveyForm Form = new(
        [
            new SurveyQuestion("overall", "Hài lòng chung", "?", null, true, QuestionCondition.Always,
            [
                Option("rat-hai-long", "😊 Rất hài lòng", null, OptionTone.Good),
                Option("hai-long", "🙂 Hài lòng", null, OptionTone.Fair),
                Option("khong-hai-long", "🙁 Không hài lòng", null, OptionTone.Poor),
            ], Source),
            new SurveyQuestion("on-time", "Thời gian", "?", 1, false, QuestionCondition.Always,
            [
                Option("som", "Sớm hơn hẹn", 2, OptionTone.Good),
                Option("dung", "Đúng hẹn", 1, OptionTone.Fair),
                Option("tre", "Trễ hẹn", 0, OptionTone.Poor),
            ], Source),
            new SurveyQuestion("forms", "Thứ Tư: viết giúp", "?", null, false, QuestionCondition.SameDay,
            [
                Option("co", "Có", null, OptionTone.Good),
                Option("khong", "Không", null, OptionTone.Poor),
            ], Source),
        ],
        [new SurveyCriterion(1, "Tổng thời gian"), new SurveyCriterion(3, "Số lần liên hệ"), new SurveyCriterion(7, "Thái độ")],
        Source,
        30);

    private static readonly ReportPeriod November = ReportPeriod.Month(2026, 11);

    private static readonly SurveyResponse[] Responses =
    [
        // Two same-day Wednesday visits with tickets, one unhappy.
        Response("a", verified: true, "ket-hon", new DateOnly(2026, 11, 4), sameDay: true, ("overall", "rat-hai-long"), ("on-time", "som"), ("forms", "co")),
        Response("b", verified: true, "ket-hon", new DateOnly(2026, 11, 4), sameDay: true, ("overall", "khong-hai-long"), ("on-time", "tre"), ("forms", "khong")) with { Comment = "Chờ lâu quá" },
        // An other-day visit with a ticket, and an unverified answer with no visit date (counted on its answer day).
        Response("c", verified: true, "khai-tu", new DateOnly(2026, 11, 10), sameDay: false, ("overall", "hai-long"), ("on-time", "dung")),
        Response("d", verified: false, null, null, sameDay: null, ("overall", "hai-long")) with { AnsweredOn = new DateOnly(2026, 11, 20), Complete = false },
        // Outside the period: ignored.
        Response("e", verified: true, "ket-hon", new DateOnly(2026, 12, 2), sameDay: true, ("overall", "khong-hai-long")),
    ];

    [Fact]
    public void Counts_only_the_answers_of_the_period_and_splits_them()
    {
        var report = SurveyReport.Build(Form, Responses, November);

        Assert.Equal(4, report.Total);
        Assert.Equal(3, report.Complete);
        Assert.Equal(3, report.Verified);
        Assert.Equal(2, report.SameDayVisits);
        Assert.Equal(1, report.OtherDayVisits);
        Assert.Equal(["a", "b", "c", "d"], report.Responses.Select(r => r.Id));
    }

    [Fact]
    public void Gives_the_share_of_each_answer_per_question()
    {
        var overall = SurveyReport.Build(Form, Responses, November).Questions[0];

        Assert.Equal(4, overall.Answered);
        Assert.Equal([1, 2, 1], overall.Options.Select(o => o.Count));
        Assert.Equal(0.25, overall.Share(overall.Options[0]));
        Assert.Equal(0.5, overall.Share(overall.Options[1]));
        Assert.Equal(0.75, overall.Satisfied);
        Assert.Equal("Rất hài lòng", overall.Options[0].Label);
    }

    [Fact]
    public void Compares_same_day_Wednesdays_with_other_days_and_tickets_with_none()
    {
        var report = SurveyReport.Build(Form, Responses, November);

        Assert.Equal(2, report.SameDayOverall.Answered);
        Assert.Equal(0.5, report.SameDayOverall.Satisfied);
        Assert.Equal(1, report.OtherDaysOverall.Answered);
        Assert.Equal(1.0, report.OtherDaysOverall.Satisfied);
        Assert.Equal(3, report.VerifiedOverall.Answered);
        Assert.Equal(1, report.UnverifiedOverall.Answered);
    }

    [Fact]
    public void Groups_by_procedure_with_the_unknown_ones_apart()
    {
        var procedures = SurveyReport.Build(Form, Responses, November).Procedures;

        Assert.Equal(["ket-hon", "khai-tu", null], procedures.Select(p => p.ProcedureId));
        Assert.Equal([2, 1, 1], procedures.Select(p => p.Responses));
        Assert.Equal(0.5, procedures[0].Overall.Satisfied);
    }

    [Fact]
    public void Adds_up_the_points_per_criterion_from_the_points_stored_with_each_answer()
    {
        var report = SurveyReport.Build(Form, Responses, November);
        var time = report.Criteria.Single(c => c.Number == 1);

        Assert.Equal((1, 1, 1), (time.TwoPoints, time.OnePoint, time.ZeroPoints));
        Assert.Equal(3, time.Points);
        Assert.Equal(1.0, time.Average);
        Assert.Equal(0, report.Criteria.Single(c => c.Number == 7).Answers);
        Assert.Null(report.Criteria.Single(c => c.Number == 7).Average);
    }

    [Fact]
    public void Lists_the_comments_with_their_day_and_procedure_only()
    {
        var comment = Assert.Single(SurveyReport.Build(Form, Responses, November).Comments);

        Assert.Equal(new ReportComment(new DateOnly(2026, 11, 4), "ket-hon", true, "Chờ lâu quá"), comment);
    }

    [Fact]
    public void An_answer_whose_option_was_removed_from_the_questionnaire_still_counts()
    {
        var old = Response("f", verified: true, "ket-hon", new DateOnly(2026, 11, 5), sameDay: false, ("overall", "binh-thuong"));

        var overall = SurveyReport.Build(Form, [old], November).Questions[0];

        Assert.Equal(1, overall.Answered);
        Assert.Equal("binh-thuong", overall.Options[^1].OptionId);
    }

    private static SurveyOption Option(string id, string label, int? points, OptionTone tone) =>
        new(id, label, points, tone, tone == OptionTone.Poor, SourceRef.None);

    private static SurveyResponse Response(string id, bool verified, string? procedure, DateOnly? visit, bool? sameDay, params (string Question, string Option)[] answers) =>
        new(id, verified, procedure, visit, sameDay, visit ?? new DateOnly(2026, 11, 1),
            answers.Select(a =>
            {
                var question = Form.Find(a.Question)!;
                var option = question.Find(a.Option);
                return new SurveyAnswer(a.Question, a.Option, option?.Plain ?? a.Option, question.Criterion, option?.Points, option?.Tone ?? OptionTone.Fair);
            }).ToList(),
            null,
            Complete: true);
}
