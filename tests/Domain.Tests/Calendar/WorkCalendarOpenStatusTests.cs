using OneStop.Domain.Calendar;
using static OneStop.Domain.Tests.Calendar.CommuneCalendars;

namespace OneStop.Domain.Tests.Calendar;

public class WorkCalendarOpenStatusTests
{
    private readonly WorkCalendar _desk = Desk();

    [Theory]
    [InlineData("2026-11-25T07:00")]
    [InlineData("2026-11-25T11:29")]
    [InlineData("2026-11-25T13:30")]
    [InlineData("2026-11-25T16:59")]
    public void At_during_office_hours_is_open(string now)
    {
        var status = _desk.At(At(now));

        Assert.True(status.IsOpen);
        Assert.Null(status.NextOpening);
    }

    [Theory]
    [InlineData("2026-11-25T06:30", "2026-11-25T07:00")]
    [InlineData("2026-11-25T12:00", "2026-11-25T13:30")]
    [InlineData("2026-11-25T17:00", "2026-11-26T07:00")]
    [InlineData("2026-02-13T17:30", "2026-02-23T07:00")]
    [InlineData("2026-11-23T18:00", "2026-11-25T07:00")]
    public void At_outside_office_hours_gives_the_next_opening(string now, string next)
    {
        var status = _desk.At(At(now));

        Assert.False(status.IsOpen);
        Assert.Equal(At(next), status.NextOpening);
    }

    [Fact]
    public void At_on_a_holiday_says_why_in_today()
    {
        var status = _desk.At(At("2026-11-24T09:00"));

        Assert.False(status.IsOpen);
        Assert.Equal("nghỉ lễ Ngày Văn hóa Việt Nam", status.Today.ClosedReason);
    }

    [Fact]
    public void At_saturday_afternoon_with_morning_reception_is_closed_until_monday()
    {
        var status = Desk(saturdayMorning: true).At(At("2026-11-28T14:00"));

        Assert.False(status.IsOpen);
        Assert.Equal(At("2026-11-30T07:00"), status.NextOpening);
    }
}
