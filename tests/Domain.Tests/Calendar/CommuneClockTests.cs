using Microsoft.Extensions.Time.Testing;
using OneStop.Domain.Calendar;

namespace OneStop.Domain.Tests.Calendar;

public class CommuneClockTests
{
    private static readonly TimeZoneInfo Commune = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Fact]
    public void Local_now_is_commune_time_whatever_the_server_zone()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        var clock = new CommuneClock(time, Commune);

        Assert.Equal(new DateTime(2027, 1, 1, 0, 30, 0), clock.LocalNow);
        Assert.Equal(new DateOnly(2027, 1, 1), clock.Today);
    }

    [Fact]
    public void Local_now_follows_the_provider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero));
        var clock = new CommuneClock(time, Commune);

        time.Advance(TimeSpan.FromMinutes(59));

        Assert.Equal(new DateTime(2026, 11, 25, 14, 59, 0), clock.LocalNow);
    }

    [Fact]
    public void To_utc_turns_a_fifteen_hundred_cut_off_into_eight_utc()
    {
        var clock = new CommuneClock(new FakeTimeProvider(), Commune);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), clock.ToUtc(new DateTime(2026, 11, 25, 15, 0, 0)));
    }
}
