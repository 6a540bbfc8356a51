using OneStop.Domain.Calendar;
using static OneStop.Domain.Tests.Calendar.CommuneCalendars;

namespace OneStop.Domain.Tests.Calendar;

/// <summary>The 15:00 rule: Luật Hộ tịch 2014 Art. 5(3), NĐ 23/2015 Art. 7.</summary>
public class WorkCalendarResultDayTests
{
    private readonly WorkCalendar _desk = Desk();

    [Theory]
    [InlineData("2026-11-25T09:00", "2026-11-25")]
    [InlineData("2026-11-25T15:00", "2026-11-25")] // "sau 15 giờ" starts after 15:00
    [InlineData("2026-11-25T15:01", "2026-11-26")]
    [InlineData("2026-11-23T16:00", "2026-11-25")] // 24/11 is Ngày Văn hóa Việt Nam
    [InlineData("2026-02-13T15:30", "2026-02-23")] // Friday before the Tết break
    [InlineData("2026-11-28T09:00", "2026-11-30")] // Saturday, no reception: Monday
    [InlineData("2025-04-26T10:00", "2025-04-26")] // a worked Saturday
    [InlineData("2026-12-31T16:00", "2027-01-04")] // New Year's Eve, then 01/01/2027 (Friday) and the weekend
    public void Result_day_follows_the_three_pm_rule(string received, string due) =>
        Assert.Equal(D(due), _desk.ResultDay(At(received)));

    [Fact]
    public void Result_day_on_a_morning_only_saturday_closes_with_the_desk()
    {
        var desk = Desk(saturdayMorning: true);

        Assert.Equal(D("2026-11-28"), desk.ResultDay(At("2026-11-28T10:00")));
        Assert.Equal(D("2026-11-30"), desk.ResultDay(At("2026-11-28T12:00")));
    }
}
