namespace OneStop.Domain.Reminders;

/// <summary>When reminders go out, commune-local: the evening before, the morning of, and the follow-up after.</summary>
public sealed record ReminderSchedule(TimeOnly Evening, TimeOnly Morning, TimeOnly FollowUp)
{
    public static readonly ReminderSchedule Default = new(new TimeOnly(19, 0), new TimeOnly(6, 30), new TimeOnly(9, 0));
}
