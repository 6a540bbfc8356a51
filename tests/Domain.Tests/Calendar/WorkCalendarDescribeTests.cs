using OneStop.Domain.Calendar;
using static OneStop.Domain.Tests.Calendar.CommuneCalendars;

namespace OneStop.Domain.Tests.Calendar;

public class WorkCalendarDescribeTests
{
    private readonly WorkCalendar _desk = Desk();

    [Theory]
    [InlineData("2026-01-01", "nghỉ Tết Dương lịch")]
    [InlineData("2026-02-16", "nghỉ Tết Nguyên đán")]
    [InlineData("2026-02-20", "nghỉ Tết Nguyên đán")]
    [InlineData("2025-04-07", "nghỉ lễ Giỗ Tổ Hùng Vương")]
    [InlineData("2026-04-30", "nghỉ lễ Ngày Chiến thắng")]
    [InlineData("2026-05-01", "nghỉ lễ Quốc tế Lao động")]
    [InlineData("2026-09-01", "nghỉ lễ Quốc khánh")]
    [InlineData("2026-09-02", "nghỉ lễ Quốc khánh")]
    [InlineData("2026-11-24", "nghỉ lễ Ngày Văn hóa Việt Nam")]
    public void Describe_a_holiday_in_the_notice_is_closed_for_its_named_reason(string date, string reason)
    {
        var day = _desk.Describe(D(date));

        Assert.False(day.IsWorkingDay);
        Assert.Equal(reason, day.ClosedReason);
        Assert.False(day.Provisional);
    }

    [Fact]
    public void Describe_monday_after_gio_to_on_a_sunday_is_the_compensatory_day()
    {
        Assert.Equal("nghỉ lễ Giỗ Tổ Hùng Vương", _desk.Describe(D("2026-04-26")).ClosedReason);
        Assert.Equal("nghỉ bù Giỗ Tổ Hùng Vương", _desk.Describe(D("2026-04-27")).ClosedReason);
        Assert.True(_desk.IsWorkingDay(D("2026-04-28")));
    }

    [Fact]
    public void Describe_worked_saturday_26_april_2025_is_a_full_working_day_and_the_friday_it_swaps_is_off()
    {
        var saturday = _desk.Describe(D("2025-04-26"));

        Assert.True(saturday.IsWorkingDay);
        Assert.False(saturday.MorningOnly);
        Assert.Null(saturday.ClosedReason);
        Assert.Equal("nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)", _desk.Describe(D("2025-05-02")).ClosedReason);
    }

    [Fact]
    public void Describe_the_day_after_the_quoc_khanh_days_2026_is_a_working_day() =>
        Assert.True(_desk.IsWorkingDay(D("2026-09-03")));

    [Fact]
    public void Describe_24_november_is_off_from_2026_only()
    {
        Assert.False(_desk.IsWorkingDay(D("2026-11-24")));
        Assert.True(_desk.IsWorkingDay(D("2025-11-24")));
    }

    [Fact]
    public void Describe_a_statutory_day_the_notice_leaves_out_is_still_off_and_not_provisional()
    {
        var before24November = Notice2026 with { DaysOff = [.. Notice2026.DaysOff.Where(d => d.Date != D("2026-11-24"))] };

        var day = Desk(false, Notice2025, before24November).Describe(D("2026-11-24"));

        Assert.Equal("nghỉ lễ Ngày Văn hóa Việt Nam", day.ClosedReason);
        Assert.False(day.Provisional);
    }

    [Fact]
    public void Describe_weekends_are_closed_without_saturday_reception()
    {
        Assert.Equal("thứ Bảy không làm việc", _desk.Describe(D("2026-11-28")).ClosedReason);
        Assert.Equal("Chủ nhật", _desk.Describe(D("2026-11-29")).ClosedReason);
        Assert.False(_desk.IsWorkingDay(D("2026-11-28")));
    }

    [Fact]
    public void Describe_saturday_with_morning_reception_is_a_morning_only_working_day()
    {
        var saturday = Desk(saturdayMorning: true).Describe(D("2026-11-28"));

        Assert.True(saturday.IsWorkingDay);
        Assert.True(saturday.MorningOnly);
        Assert.Equal("chiều thứ Bảy không làm việc", saturday.ClosedReason);
    }

    [Fact]
    public void Describe_saturday_inside_the_tet_break_is_closed_even_with_morning_reception()
    {
        var saturday = Desk(saturdayMorning: true).Describe(D("2026-02-14"));

        Assert.False(saturday.IsWorkingDay);
        Assert.Equal("thứ Bảy trong đợt nghỉ Tết Nguyên đán", saturday.ClosedReason);
    }

    [Fact]
    public void Describe_an_ordinary_weekday_is_working_and_certain()
    {
        var day = _desk.Describe(D("2026-12-02"));

        Assert.True(day.IsWorkingDay);
        Assert.Null(day.ClosedReason);
        Assert.False(day.Provisional);
    }

    [Fact]
    public void Next_working_day_is_strictly_after_and_skips_holidays_and_weekends()
    {
        Assert.Equal(D("2026-12-03"), _desk.NextWorkingDay(D("2026-12-02")));
        Assert.Equal(D("2026-02-23"), _desk.NextWorkingDay(D("2026-02-13")));
        Assert.Equal(D("2026-04-28"), _desk.NextWorkingDay(D("2026-04-24")));
    }

    [Fact]
    public void Notice_for_a_year_without_a_notice_is_null()
    {
        Assert.Equal("9441/TB-BNV", _desk.NoticeFor(2026)?.Number);
        Assert.Null(_desk.NoticeFor(2027));
    }
}
