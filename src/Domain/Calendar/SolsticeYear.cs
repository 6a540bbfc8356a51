using System.Collections.Concurrent;

namespace OneStop.Domain.Calendar;

/// <summary>
/// The lunar months from the one holding the December solstice of a Gregorian year to the one holding the next
/// (a "tuế"). The Vietnamese rules: a month begins on the local day of the new moon; the solstice month is month 11;
/// when 13 months lie between two solstice months, the first one without a principal term (trung khí, the sun
/// entering a multiple of 30°) is the leap month. Local days are those of the 105°E meridian, UTC+7
/// (Quyết định 121-CP, 1967); that zone is the whole difference from the Chinese calendar (UTC+8).
/// </summary>
internal static class SolsticeYear
{
    private const double LocalOffsetDays = 7.0 / 24.0;
    private const int JulianDayOfDayNumberZero = 1721426; // DateOnly.MinValue (0001-01-01) as a Julian Day Number
    private const double WinterSolstice = 270.0;

    private static readonly ConcurrentDictionary<int, IReadOnlyList<LunarMonth>> Cache = new();

    /// <summary>Months 11 and 12 of lunar year <paramref name="year"/>, then months 1–10 of the next.</summary>
    public static IReadOnlyList<LunarMonth> Months(int year) => Cache.GetOrAdd(year, Build);

    private static IReadOnlyList<LunarMonth> Build(int year)
    {
        var first = SolsticeMonthIndex(year);
        var count = SolsticeMonthIndex(year + 1) - first;
        var starts = Enumerable.Range(first, count + 1).Select(k => LocalDay(Astronomy.NewMoon(k))).ToArray();

        var leap = count == 13 ? FirstMonthWithoutPrincipalTerm(starts) : -1;
        var months = new List<LunarMonth>(count);
        var (lunarYear, number) = (year, 11);
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && i != leap)
            {
                number = (number % 12) + 1;
                lunarYear = number == 1 ? year + 1 : lunarYear;
            }

            var firstDay = ToDate(starts[i]);
            months.Add(new LunarMonth(lunarYear, number, i == leap, firstDay, (int)(starts[i + 1] - starts[i])));
        }

        return months;
    }

    private static int FirstMonthWithoutPrincipalTerm(long[] starts)
    {
        // Month 11 holds the solstice itself, so the search starts with the month after it.
        for (var i = 1; i < starts.Length - 1; i++)
        {
            if (PrincipalTerm(starts[i]) == PrincipalTerm(starts[i + 1]))
            {
                return i;
            }
        }

        throw new InvalidOperationException("A 13-month lunar year without a month lacking a principal term: the astronomy is wrong.");
    }

    /// <summary>Meeus' k of the new moon that begins the month holding the December solstice of <paramref name="year"/>.</summary>
    private static int SolsticeMonthIndex(int year)
    {
        var solsticeDay = SolsticeDay(year);
        var k = Astronomy.NewMoonIndexBefore(StartOf(solsticeDay)) + 2;
        while (LocalDay(Astronomy.NewMoon(k)) > solsticeDay)
        {
            k--;
        }

        return k;
    }

    /// <summary>The local day (as a Julian Day Number) during which the sun reaches 270°.</summary>
    private static long SolsticeDay(int year)
    {
        for (var day = JulianDayNumber(new DateOnly(year, 12, 15)); day < JulianDayNumber(new DateOnly(year, 12, 28)); day++)
        {
            if (Astronomy.SunLongitude(StartOf(day)) < WinterSolstice && Astronomy.SunLongitude(StartOf(day + 1)) >= WinterSolstice)
            {
                return day;
            }
        }

        throw new InvalidOperationException($"No December solstice found in {year}: the astronomy is wrong.");
    }

    // The principal term in force at the start of a local day: 0 for 0°–30° of solar longitude, and so on.
    private static int PrincipalTerm(long day) => (int)(Astronomy.SunLongitude(StartOf(day)) / 30.0);

    private static long LocalDay(double julianDayUt) => (long)Math.Floor(julianDayUt + 0.5 + LocalOffsetDays);

    private static double StartOf(long localDay) => localDay - 0.5 - LocalOffsetDays;

    private static long JulianDayNumber(DateOnly date) => (long)date.DayNumber + JulianDayOfDayNumberZero;

    private static DateOnly ToDate(long julianDayNumber) => DateOnly.FromDayNumber((int)(julianDayNumber - JulianDayOfDayNumberZero));
}
