namespace OneStop.Domain.Calendar;

/// <summary>
/// The public holidays the law gives (from <see cref="HolidayRules"/>, read from conversation-flows/holidays.yaml),
/// and what a year looks like before its notice is issued.
/// </summary>
internal sealed class StatutoryHolidays(HolidayRules rules)
{
    /// <summary>The days the law fixes by date; no notice can move them.</summary>
    public IEnumerable<Holiday> FixedDays(int year, bool provisional)
    {
        foreach (var day in rules.Solar.Where(d => year >= d.FromYear))
        {
            yield return new(new DateOnly(year, day.Month, day.Day), day.Name, provisional);
        }

        foreach (var day in rules.Lunar.Where(d => year >= d.FromYear))
        {
            yield return new(VietnameseLunarCalendar.ToSolar(year, day.Month, day.Day), day.Name, provisional);
        }
    }

    /// <summary>
    /// A year without a notice, every day provisional: the fixed days; Tết as the days around mùng 1 the rules give
    /// (the Government's usual pattern; the real window may be shifted or stretched by a swap); the days the law
    /// leaves to the notice, guessed (01/09); and the nghỉ bù days.
    /// </summary>
    public IReadOnlyDictionary<DateOnly, Holiday> Expected(int year)
    {
        var days = new Dictionary<DateOnly, Holiday>();
        var tet = VietnameseLunarCalendar.NewYear(year);
        for (var day = tet.AddDays(-rules.TetDaysBefore); day <= tet.AddDays(rules.TetDaysAfter); day = day.AddDays(1))
        {
            days.TryAdd(day, new Holiday(day, rules.TetName, true));
        }

        foreach (var extra in rules.ExpectedExtra.Where(d => year >= d.FromYear))
        {
            var date = new DateOnly(year, extra.Month, extra.Day);
            days.TryAdd(date, new Holiday(date, extra.Name, true));
        }

        foreach (var holiday in FixedDays(year, provisional: true))
        {
            days.TryAdd(holiday.Date, holiday);
        }

        AddCompensatoryDays(days);
        return days;
    }

    /// <summary>
    /// BLLĐ 2019 Art. 111(3): a holiday that falls on a weekly rest day is made up on the next working day.
    /// Holidays are taken in date order so that two weekend holidays get two successive days.
    /// </summary>
    private static void AddCompensatoryDays(Dictionary<DateOnly, Holiday> days)
    {
        foreach (var holiday in days.Values.Where(h => IsWeekend(h.Date)).OrderBy(h => h.Date).ToList())
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || days.ContainsKey(day))
            {
                day = day.AddDays(1);
            }

            days.Add(day, new Holiday(day, Holiday.CompensatoryPrefix + holiday.Name, true));
        }
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
