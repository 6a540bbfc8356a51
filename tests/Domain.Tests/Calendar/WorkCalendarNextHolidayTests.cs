using OneStop.Domain.Calendar;
using static OneStop.Domain.Tests.Calendar.CommuneCalendars;

namespace OneStop.Domain.Tests.Calendar;

public class WorkCalendarNextHolidayTests
{
    private readonly WorkCalendar _desk = Desk();

    [Theory]
    [InlineData("2026-01-05")]
    [InlineData("2026-02-19")] // asked during the break
    [InlineData("2026-02-22")] // its last day
    public void Next_holiday_tet_2026_runs_from_14_to_22_february(string from)
    {
        var tet = _desk.NextHoliday(D(from), "Tết");

        Assert.Equal(new HolidaySpan("Tết Nguyên đán", D("2026-02-14"), D("2026-02-22"), false), tet);
    }

    [Fact]
    public void Next_holiday_tet_2026_is_the_same_break_with_saturday_morning_reception() =>
        Assert.Equal(
            new HolidaySpan("Tết Nguyên đán", D("2026-02-14"), D("2026-02-22"), false),
            Desk(saturdayMorning: true).NextHoliday(D("2026-01-05"), "Tết"));

    [Fact]
    public void Next_holiday_in_december_for_tet_means_the_lunar_new_year_not_new_years_day()
    {
        Assert.Equal("Tết Nguyên đán", _desk.NextHoliday(D("2025-12-15"), "Tết")?.Name);
        Assert.Equal(
            new HolidaySpan("Tết Dương lịch", D("2026-01-01"), D("2026-01-01"), false), // a Thursday; Friday is worked
            _desk.NextHoliday(D("2025-12-15"), "Tết Dương lịch"));
    }

    [Fact]
    public void Next_holiday_without_a_name_is_the_nearest_break_with_its_compensatory_day() =>
        Assert.Equal(
            new HolidaySpan("Giỗ Tổ Hùng Vương", D("2026-04-25"), D("2026-04-27"), false),
            _desk.NextHoliday(D("2026-04-20")));

    [Fact]
    public void Next_holiday_thirtieth_of_april_and_first_of_may_names_both()
    {
        Assert.Equal(
            new HolidaySpan("Ngày Chiến thắng và Quốc tế Lao động", D("2026-04-30"), D("2026-05-03"), false),
            _desk.NextHoliday(D("2026-04-28")));
        Assert.Equal(
            new HolidaySpan("Ngày Chiến thắng và Quốc tế Lao động", D("2025-04-30"), D("2025-05-04"), false),
            _desk.NextHoliday(D("2025-04-27")));
    }

    [Fact]
    public void Next_holiday_by_name_without_accents_finds_quoc_khanh() =>
        Assert.Equal(
            new HolidaySpan("Quốc khánh", D("2026-09-01"), D("2026-09-02"), false),
            _desk.NextHoliday(D("2026-06-01"), "quoc khanh"));

    [Fact]
    public void Next_holiday_ngay_van_hoa_2026_is_a_single_tuesday() =>
        Assert.Equal(
            new HolidaySpan("Ngày Văn hóa Việt Nam", D("2026-11-24"), D("2026-11-24"), false),
            _desk.NextHoliday(D("2026-11-01")));

    [Fact]
    public void Next_holiday_for_a_name_no_holiday_has_is_null() =>
        Assert.Null(_desk.NextHoliday(D("2026-01-01"), "Giáng sinh"));
}
