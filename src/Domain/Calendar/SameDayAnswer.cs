namespace OneStop.Domain.Calendar;

/// <summary>
/// The next same-day ("không viết, không hẹn") day a citizen can come. <see cref="TimeLeft"/> is set only when it is
/// today: the time until the 15:00 cut-off. <see cref="Skipped"/> are the same-day weekdays passed over because
/// they are holidays, so the bot can say why.
/// </summary>
public sealed record SameDayAnswer(
    DateOnly Day,
    bool IsToday,
    TimeSpan? TimeLeft,
    IReadOnlyList<DayStatus> Skipped,
    bool Provisional);
