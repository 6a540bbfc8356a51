namespace OneStop.Domain.Calendar;

/// <summary>
/// The public holidays the law gives (Bộ luật Lao động 2019 Art. 112(1); 24/11 from 2026 by
/// Nghị quyết 28/2026/QH16 Art. 2), and what a year looks like before its notice is issued.
/// </summary>
internal static class StatutoryHolidays
{
    private const int FirstCultureDayYear = 2026;

    /// <summary>The days the law fixes by date; no notice can move them.</summary>
    public static IEnumerable<Holiday> FixedDays(int year, bool provisional)
    {
        yield return new(new DateOnly(year, 1, 1), "Tết Dương lịch", provisional);
        yield return new(VietnameseLunarCalendar.ToSolar(year, 3, 10), "Giỗ Tổ Hùng Vương", provisional);
        yield return new(new DateOnly(year, 4, 30), "Ngày Chiến thắng", provisional);
        yield return new(new DateOnly(year, 5, 1), "Quốc tế Lao động", provisional);
        yield return new(new DateOnly(year, 9, 2), "Quốc khánh", provisional);
        if (year >= FirstCultureDayYear)
        {
            yield return new(new DateOnly(year, 11, 24), "Ngày Văn hóa Việt Nam", provisional);
        }
    }

    /// <summary>
    /// A year without a notice, every day provisional: the fixed days; Tết as the last day of the lunar year plus
    /// mùng 1–4 (the Government's usual pattern; the real window may be shifted or stretched by a swap); 01/09 as the
    /// second Quốc khánh day (the law only says "02/9 plus one adjacent day"); and the nghỉ bù days.
    /// </summary>
    public static IReadOnlyDictionary<DateOnly, Holiday> Expected(int year)
    {
        var days = new Dictionary<DateOnly, Holiday>();
        var tet = VietnameseLunarCalendar.NewYear(year);
        for (var day = tet.AddDays(-1); day <= tet.AddDays(3); day = day.AddDays(1))
        {
            days.TryAdd(day, new Holiday(day, "Tết Nguyên đán", true));
        }

        days.TryAdd(new DateOnly(year, 9, 1), new Holiday(new DateOnly(year, 9, 1), "Quốc khánh", true));
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
