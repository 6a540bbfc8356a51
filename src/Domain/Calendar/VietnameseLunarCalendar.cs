namespace OneStop.Domain.Calendar;

/// <summary>
/// Conversions between solar dates and the Vietnamese lunar calendar, computed from the astronomy
/// (see <see cref="SolsticeYear"/>), not from <see cref="System.Globalization.ChineseLunisolarCalendar"/>,
/// which uses China's time zone and puts Tết 1985 a month later and Tết 2030 a day later than Vietnam does.
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>Vietnam has counted its lunar days at UTC+7 since 1968 (Quyết định 121-CP); before that, UTC+8.</summary>
    public const int FirstYear = 1968;

    /// <summary>The ΔT and longitude approximations are checked to this year.</summary>
    public const int LastYear = 2100;

    public static LunarDate FromSolar(DateOnly date)
    {
        CheckYear(date.Year, nameof(date));
        var months = SolsticeYear.Months(date.Year);
        if (date < months[0].First)
        {
            months = SolsticeYear.Months(date.Year - 1);
        }

        var month = months.Last(m => m.First <= date);
        return new LunarDate(month.LunarYear, month.Number, date.DayNumber - month.First.DayNumber + 1, month.IsLeap);
    }

    /// <summary>The solar date of a lunar date; <paramref name="lunarYear"/> is the Gregorian year in which that lunar year began.</summary>
    public static DateOnly ToSolar(int lunarYear, int month, int day, bool leap = false)
    {
        var found = Month(lunarYear, month, leap);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, found.Length);
        return found.First.AddDays(day - 1);
    }

    /// <summary>Tết: mùng 1 tháng Giêng of the lunar year that begins in <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(year, 1, 1);

    /// <summary>The last day of tháng Chạp (29 or 30), the eve of Tết of the following year.</summary>
    public static DateOnly LastDayOfYear(int lunarYear) => NewYear(lunarYear + 1).AddDays(-1);

    /// <summary>The leap month of a lunar year (tháng nhuận), or null in a 12-month year.</summary>
    public static int? LeapMonth(int lunarYear)
    {
        CheckYear(lunarYear, nameof(lunarYear));
        return AllMonths(lunarYear).FirstOrDefault(m => m.IsLeap)?.Number;
    }

    /// <summary>29 or 30.</summary>
    public static int DaysInMonth(int lunarYear, int month, bool leap = false) => Month(lunarYear, month, leap).Length;

    private static LunarMonth Month(int lunarYear, int month, bool leap)
    {
        CheckYear(lunarYear, nameof(lunarYear));
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return AllMonths(lunarYear).FirstOrDefault(m => m.Number == month && m.IsLeap == leap)
            ?? throw new ArgumentException($"Lunar year {lunarYear} has no leap month {month}.", nameof(leap));
    }

    // Months 1–10 of a lunar year sit in the previous solstice year; months 11–12 in its own.
    private static IEnumerable<LunarMonth> AllMonths(int lunarYear) =>
        SolsticeYear.Months(lunarYear - 1).Concat(SolsticeYear.Months(lunarYear)).Where(m => m.LunarYear == lunarYear);

    private static void CheckYear(int year, string parameter)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(parameter, year, $"The lunar calendar is computed for {FirstYear}–{LastYear}.");
        }
    }
}
