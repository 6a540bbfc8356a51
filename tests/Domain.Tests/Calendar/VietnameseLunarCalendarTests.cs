using OneStop.Domain.Calendar;

namespace OneStop.Domain.Tests.Calendar;

public class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")] // 6150/TB-LĐTBXH
    [InlineData(2026, "2026-02-17")] // 9441/TB-BNV
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    [InlineData(2030, "2030-02-02")] // new moon at 23:07 ICT: China (UTC+8) has 03/02
    [InlineData(1985, "1985-01-21")] // China has 20/02/1985
    public void New_year_is_tet_as_computed_for_utc_plus_7(int year, string tet) =>
        Assert.Equal(DateOnly.Parse(tet), VietnameseLunarCalendar.NewYear(year));

    [Theory]
    [InlineData(2022, "2022-04-10")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    [InlineData(2028, "2028-04-04")]
    [InlineData(2029, "2029-04-23")]
    [InlineData(2030, "2030-04-12")]
    public void To_solar_tenth_of_third_month_is_gio_to_hung_vuong(int year, string date) =>
        Assert.Equal(DateOnly.Parse(date), VietnameseLunarCalendar.ToSolar(year, 3, 10));

    [Theory]
    [InlineData("2025-01-25", 2024, 12, 26)] // 6150/TB: 26 Chạp Giáp Thìn
    [InlineData("2025-01-29", 2025, 1, 1)]
    [InlineData("2026-02-14", 2025, 12, 27)] // 9441/TB: 27 Chạp Ất Tỵ
    [InlineData("2026-02-17", 2026, 1, 1)]
    [InlineData("2026-02-22", 2026, 1, 6)] // 9441/TB: mùng 6
    public void From_solar_matches_the_dates_printed_in_official_notices(string solar, int year, int month, int day) =>
        Assert.Equal(new LunarDate(year, month, day, false), VietnameseLunarCalendar.FromSolar(DateOnly.Parse(solar)));

    [Theory]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    public void Leap_month_is_the_first_month_without_a_principal_term(int lunarYear, int month) =>
        Assert.Equal(month, VietnameseLunarCalendar.LeapMonth(lunarYear));

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void Leap_month_in_a_twelve_month_year_is_null(int lunarYear) =>
        Assert.Null(VietnameseLunarCalendar.LeapMonth(lunarYear));

    [Fact]
    public void From_solar_inside_the_leap_sixth_month_of_2025_says_leap()
    {
        var firstOfLeapSix = VietnameseLunarCalendar.ToSolar(2025, 6, 1, leap: true);

        Assert.Equal(new LunarDate(2025, 6, 1, true), VietnameseLunarCalendar.FromSolar(firstOfLeapSix));
        Assert.True(firstOfLeapSix > VietnameseLunarCalendar.ToSolar(2025, 6, 1));
    }

    [Theory]
    [InlineData(2022, 29)]
    [InlineData(2023, 30)]
    [InlineData(2024, 30)]
    [InlineData(2025, 29)]
    [InlineData(2026, 29)]
    [InlineData(2027, 29)]
    [InlineData(2028, 29)]
    [InlineData(2029, 29)]
    [InlineData(2030, 29)]
    public void Last_day_of_year_is_the_29_th_or_30_th_of_chap(int gregorianYearOfTheEve, int day)
    {
        var eve = VietnameseLunarCalendar.LastDayOfYear(gregorianYearOfTheEve - 1);

        Assert.Equal(new LunarDate(gregorianYearOfTheEve - 1, 12, day, false), VietnameseLunarCalendar.FromSolar(eve));
    }

    [Fact]
    public void From_solar_and_to_solar_round_trip_every_day_from_1968_to_2100()
    {
        for (var day = new DateOnly(1968, 3, 1); day.Year <= 2100; day = day.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(day);
            Assert.Equal(day, VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
        }
    }

    [Fact]
    public void To_solar_for_a_leap_month_the_year_does_not_have_throws() =>
        Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(2026, 6, 1, leap: true));

    [Fact]
    public void To_solar_for_the_30_th_of_a_29_day_month_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2025, 12, 30));
}
