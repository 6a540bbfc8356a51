using System.Globalization;
using LiteDB;
using OneStop.Bot.Storage;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// The anonymous answers ("survey_answers"). Not an <see cref="IChatDataOwner"/> on purpose: nothing in it belongs
/// to a chat, so /xoadulieu has nothing to find here (the session's link to a running survey is deleted with the session).
/// </summary>
internal sealed class SurveyAnswerStore(BotDatabase db)
{
    public const string Collection = "survey_answers";
    private const string DateFormat = "yyyy-MM-dd";

    public static ILiteCollection<SurveyAnswerRecord> Answers(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var collection = db.Database.GetCollection<SurveyAnswerRecord>(Collection);
        collection.EnsureIndex(r => r.ReportDay);
        return collection;
    }

    /// <summary>Runs inside the turn's transaction (an effect handler's write).</summary>
    public static void Save(BotDatabase db, SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Answers(db).Upsert(ToRecord(response));
    }

    /// <summary>The answers whose report day falls in the period (ISO dates compare as strings).</summary>
    public IReadOnlyList<SurveyResponse> In(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var from = Day(period.From);
        var to = Day(period.To);
        return Answers(db)
            .Find(Query.And(Query.GTE(nameof(SurveyAnswerRecord.ReportDay), from), Query.LTE(nameof(SurveyAnswerRecord.ReportDay), to)))
            .Select(ToResponse)
            .OfType<SurveyResponse>()
            .ToList();
    }

    public static SurveyAnswerRecord ToRecord(SurveyResponse response) => new()
    {
        Id = response.Id,
        Verified = response.Verified,
        ProcedureId = response.ProcedureId,
        VisitDate = response.VisitDate is { } visit ? Day(visit) : null,
        SameDay = response.SameDay,
        AnsweredOn = Day(response.AnsweredOn),
        ReportDay = Day(response.ReportDay),
        Answers = response.Answers.Select(a => new RecordedSurveyAnswer
        {
            QuestionId = a.QuestionId,
            OptionId = a.OptionId,
            Label = a.Label,
            Criterion = a.Criterion,
            Points = a.Points,
            Tone = a.Tone.ToString(),
        }).ToList(),
        Comment = response.Comment,
        Complete = response.Complete,
    };

    /// <summary>Back to the domain's terms; a record too damaged to read is skipped rather than failing the report.</summary>
    public static SurveyResponse? ToResponse(SurveyAnswerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!TryDay(record.AnsweredOn, out var answered))
        {
            return null;
        }

        DateOnly? visit = TryDay(record.VisitDate, out var day) ? day : null;
        var answers = record.Answers
            .Select(a => new SurveyAnswer(a.QuestionId, a.OptionId, a.Label, a.Criterion, a.Points, Enum.TryParse<OptionTone>(a.Tone, out var tone) ? tone : OptionTone.Fair))
            .ToList();
        return new SurveyResponse(record.Id, record.Verified, record.ProcedureId, visit, record.SameDay, answered, answers, record.Comment, record.Complete);
    }

    private static string Day(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
