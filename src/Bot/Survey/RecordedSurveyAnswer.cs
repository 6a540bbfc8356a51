namespace OneStop.Bot.Survey;

/// <summary>One tapped answer inside a <see cref="SurveyAnswerRecord"/>, with the criterion and points it had at the time.</summary>
internal sealed class RecordedSurveyAnswer
{
    public string QuestionId { get; set; } = "";

    public string OptionId { get; set; } = "";

    public string Label { get; set; } = "";

    public int? Criterion { get; set; }

    public int? Points { get; set; }

    public string Tone { get; set; } = "";
}
