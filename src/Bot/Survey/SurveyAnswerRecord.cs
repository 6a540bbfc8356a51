namespace OneStop.Bot.Survey;

/// <summary>
/// The stored answers of one survey ("survey_answers"). Anonymous by construction: a random id, the visit, the day
/// (not the time) it was answered, the answers and the comment. No chat key, no channel, no user id.
/// </summary>
internal sealed class SurveyAnswerRecord
{
    public string Id { get; set; } = "";

    public bool Verified { get; set; }

    public string? ProcedureId { get; set; }

    public string? VisitDate { get; set; }

    public bool? SameDay { get; set; }

    public string AnsweredOn { get; set; } = "";

    /// <summary>The visit day when known, else the answer day: what a report period selects on (indexed).</summary>
    public string ReportDay { get; set; } = "";

    public List<RecordedSurveyAnswer> Answers { get; set; } = [];

    public string? Comment { get; set; }

    public bool Complete { get; set; }
}
