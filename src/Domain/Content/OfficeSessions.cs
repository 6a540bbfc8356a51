namespace OneStop.Domain.Content;

/// <summary>The desk's sessions as the office wrote them; the calendar turns them into opening times.</summary>
public sealed record OfficeSessions(
    TimeOnly MorningOpen,
    TimeOnly MorningClose,
    TimeOnly AfternoonOpen,
    TimeOnly AfternoonClose,
    bool SaturdayMorning,
    Fact Fact)
{
    /// <summary>The days the desk works all day (office.yaml hours.working_week).</summary>
    public IReadOnlySet<DayOfWeek> WorkingWeek { get; init; } = new HashSet<DayOfWeek>();
}
