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
    public void Describe_AHolidayInTheNotice_IsClosedForItsNamedReason(string date, string reason)
    {
        var day = _desk.Describe(D(date));

        Assert.False(day.IsWorkingDay);
        Assert.Equal(reason, day.ClosedReason);
        Assert.False(day.Provisional);
    }

    [Fact]
    public void Describe_MondayAfterGioToOnASunday_IsTheCompensatoryDay()
    {
        Assert.Equal("nghỉ lễ Giỗ Tổ Hùng Vương", _desk.Describe(D("2026-04-26")).ClosedReason);
        Assert.Equal("nghỉ bù Giỗ Tổ Hùng Vương", _desk.Describe(D("2026-04-27")).ClosedReason);
        Assert.True(_desk.IsWorkingDay(D("2026-04-28")));
    }

    [Fact]
    public void Describe_WorkedSaturday26April2025_IsAFullWorkingDay_AndTheFridayItSwapsIsOff()
    {
        var saturday = _desk.Describe(D("2025-04-26"));

        Assert.True(saturday.IsWorkingDay);
        Assert.False(saturday.MorningOnly);
        Assert.Null(saturday.ClosedReason);
        Assert.Equal("nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)", _desk.Describe(D("2025-05-02")).ClosedReason);
    }

    [Fact]
    public void Describe_TheDayAfterTheQuocKhanhDays2026_IsAWorkingDay() =>
        Assert.True(_desk.IsWorkingDay(D("2026-09-03")));

    [Fact]
    public void Describe_24November_IsOffFrom2026Only()
    {
        Assert.False(_desk.IsWorkingDay(D("2026-11-24")));
        Assert.True(_desk.IsWorkingDay(D("2025-11-24")));
    }

    [Fact]
    public void Describe_AStatutoryDayTheNoticeLeavesOut_IsStillOff_AndNotProvisional()
    {
        var before24November = Notice2026 with { DaysOff = [.. Notice2026.DaysOff.Where(d => d.Date != D("2026-11-24"))] };

        var day = Desk(false, Notice2025, before24November).Describe(D("2026-11-24"));

        Assert.Equal("nghỉ lễ Ngày Văn hóa Việt Nam", day.ClosedReason);
        Assert.False(day.Provisional);
    }

    [Fact]
    public void Describe_Weekends_AreClosedWithoutSaturdayReception()
    {
        Assert.Equal("thứ Bảy không làm việc", _desk.Describe(D("2026-11-28")).ClosedReason);
        Assert.Equal("Chủ nhật", _desk.Describe(D("2026-11-29")).ClosedReason);
        Assert.False(_desk.IsWorkingDay(D("2026-11-28")));
    }

    [Fact]
    public void Describe_SaturdayWithMorningReception_IsAMorningOnlyWorkingDay()
    {
        var saturday = Desk(saturdayMorning: true).Describe(D("2026-11-28"));

        Assert.True(saturday.IsWorkingDay);
        Assert.True(saturday.MorningOnly);
        Assert.Equal("chiều thứ Bảy không làm việc", saturday.ClosedReason);
    }

    [Fact]
    public void Describe_SaturdayInsideTheTetBreak_IsClosedEvenWithMorningReception()
    {
        var saturday = Desk(saturdayMorning: true).Describe(D("2026-02-14"));

        Assert.False(saturday.IsWorkingDay);
        Assert.Equal("thứ Bảy trong đợt nghỉ Tết Nguyên đán", saturday.ClosedReason);
    }

    [Fact]
    public void Describe_AnOrdinaryWeekday_IsWorkingAndCertain()
    {
        var day = _desk.Describe(D("2026-12-02"));

        Assert.True(day.IsWorkingDay);
        Assert.Null(day.ClosedReason);
        Assert.False(day.Provisional);
    }

    [Fact]
    public void NextWorkingDay_IsStrictlyAfter_AndSkipsHolidaysAndWeekends()
    {
        Assert.Equal(D("2026-12-03"), _desk.NextWorkingDay(D("2026-12-02")));
        Assert.Equal(D("2026-02-23"), _desk.NextWorkingDay(D("2026-02-13")));
        Assert.Equal(D("2026-04-28"), _desk.NextWorkingDay(D("2026-04-24")));
    }

    [Fact]
    public void NoticeFor_AYearWithoutANotice_IsNull()
    {
        Assert.Equal("9441/TB-BNV", _desk.NoticeFor(2026)?.Number);
        Assert.Null(_desk.NoticeFor(2027));
    }
}
