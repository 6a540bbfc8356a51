namespace OneStop.Bot.Reminders;

/// <summary>A chat that wants a short message the evening before each same-day day.</summary>
internal sealed class WeeklySubscription
{
    public string Id { get; set; } = "";

    /// <summary>The last day announced ("yyyyMMdd"), so a restart does not announce it twice.</summary>
    public string? LastAnnounced { get; set; }
}
