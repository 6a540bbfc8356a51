namespace OneStop.Bot.Handover;

internal sealed record HandoverOptions
{
    public const string Section = "Handover";

    /// <summary>
    /// Office time (working days, office sessions only) after which an unanswered question is raised again in the staff
    /// group (Handover__RemindAfter, e.g. 04:00:00 for four working hours).
    /// </summary>
    public TimeSpan RemindAfter { get; init; } = TimeSpan.FromHours(4);

    /// <summary>At least five minutes, at most a working week: "4" alone would read as four days, which is a mistake.</summary>
    public bool IsValid => RemindAfter >= TimeSpan.FromMinutes(5) && RemindAfter <= TimeSpan.FromHours(45);
}
