namespace OneStop.Domain.Survey;

/// <summary>When a question is asked.</summary>
public enum QuestionCondition
{
    /// <summary>After every visit.</summary>
    Always,

    /// <summary>Only after a visit on the same-day weekday ("Ngày không viết, không hẹn"): it measures that promise.</summary>
    SameDay,
}
