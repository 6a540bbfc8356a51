using OneStop.Domain.Notices;

namespace OneStop.Domain.Tests.Notices;

public class NoticeTimeTests
{
    // Tuesday 01/12/2026, 9:00 in the commune.
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0);

    [Theory]
    [InlineData("18:00", 2026, 12, 1, 18, 0)]
    [InlineData("18h", 2026, 12, 1, 18, 0)]
    [InlineData("18h30", 2026, 12, 1, 18, 30)]
    [InlineData("7 giờ", 2026, 12, 2, 7, 0)]
    [InlineData("8:00", 2026, 12, 2, 8, 0)]
    [InlineData("mai 7h", 2026, 12, 2, 7, 0)]
    [InlineData("ngày mai 13:30", 2026, 12, 2, 13, 30)]
    [InlineData("7:30 25/12", 2026, 12, 25, 7, 30)]
    [InlineData("25/12/2026 8h", 2026, 12, 25, 8, 0)]
    [InlineData("8h 05/01", 2027, 1, 5, 8, 0)]
    [InlineData("hôm nay 17:00", 2026, 12, 1, 17, 0)]
    [InlineData("7 giờ 30", 2026, 12, 2, 7, 30)]
    public void Try_parse_reads_the_ways_officials_write_a_time(string typed, int year, int month, int day, int hour, int minute)
    {
        Assert.True(NoticeTime.TryParse(typed, Now, out var when));
        Assert.Equal(new DateTime(year, month, day, hour, minute, 0), when);
    }

    [Theory]
    [InlineData("")]
    [InlineData("chiều nay")]
    [InlineData("25:00")]
    [InlineData("18:75")]
    [InlineData("18:00 31/02")]
    [InlineData("18:00 thứ tư")]
    [InlineData("1800")]
    public void Try_parse_refuses_what_it_cannot_read(string typed) => Assert.False(NoticeTime.TryParse(typed, Now, out _));

    [Fact]
    public void A_time_already_past_today_means_tomorrow_unless_today_is_said()
    {
        Assert.True(NoticeTime.TryParse("8:00", Now, out var tomorrow));
        Assert.Equal(new DateTime(2026, 12, 2, 8, 0, 0), tomorrow);
        Assert.True(NoticeTime.TryParse("hôm nay 8:00", Now, out var past));
        Assert.True(past < Now);
    }
}
