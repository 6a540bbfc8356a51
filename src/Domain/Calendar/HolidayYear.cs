namespace OneStop.Domain.Calendar;

/// <summary>One year's days off and worked Saturdays, from its notice or, until there is one, from the law.</summary>
internal sealed class HolidayYear
{
    private readonly IReadOnlyDictionary<DateOnly, Holiday> _off;
    private readonly HashSet<DateOnly> _worked;

    private HolidayYear(bool hasNotice, IReadOnlyDictionary<DateOnly, Holiday> off, IEnumerable<DateOnly> worked)
    {
        HasNotice = hasNotice;
        _off = off;
        _worked = [.. worked];
    }

    public bool HasNotice { get; }

    public Holiday? Off(DateOnly day) => _off.GetValueOrDefault(day);

    public bool IsWorkedSaturday(DateOnly day) => _worked.Contains(day);

    /// <summary>
    /// Exactly the notice's days, plus any day the law fixes by date that the notice leaves out (a notice issued
    /// before a new holiday was created: 24/11/2026 came after TB 9441). No nghỉ bù is added to a notice year:
    /// the notice was written knowing the weekdays and lists its own, so one added here would be counted twice.
    /// </summary>
    public static HolidayYear FromNotice(YearNotice notice, StatutoryHolidays law)
    {
        var off = new Dictionary<DateOnly, Holiday>();
        foreach (var day in notice.DaysOff)
        {
            off.TryAdd(day.Date, new Holiday(day.Date, day.Name, false));
        }

        foreach (var holiday in law.FixedDays(notice.Year, provisional: false))
        {
            off.TryAdd(holiday.Date, holiday);
        }

        return new HolidayYear(true, off, notice.WorkedDays.Select(d => d.Date));
    }

    public static HolidayYear Expected(int year, StatutoryHolidays law) => new(false, law.Expected(year), []);
}
