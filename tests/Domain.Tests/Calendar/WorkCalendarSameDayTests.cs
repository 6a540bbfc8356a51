using Microsoft.Extensions.Time.Testing;
using OneStop.Domain.Calendar;
using static OneStop.Domain.Tests.Calendar.CommuneCalendars;

namespace OneStop.Domain.Tests.Calendar;

public class WorkCalendarSameDayTests
{
    private static readonly TimeZoneInfo Commune = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private readonly WorkCalendar _desk = Desk();

    [Fact]
    public void Next_same_day_on_a_wednesday_at_1459_is_today_with_one_minute_left()
    {
        // 07:59 UTC is 14:59 in the commune, whatever the server's own zone.
        var clock = Clock("2026-11-25T07:59:00Z");

        var answer = _desk.NextSameDay(clock.LocalNow);

        Assert.True(answer.IsToday);
        Assert.Equal(D("2026-11-25"), answer.Day);
        Assert.Equal(TimeSpan.FromMinutes(1), answer.TimeLeft);
        Assert.Empty(answer.Skipped);
        Assert.False(answer.Provisional);
    }

    [Fact]
    public void Next_same_day_on_a_wednesday_at_1501_is_next_wednesday()
    {
        var answer = _desk.NextSameDay(Clock("2026-11-25T08:01:00Z").LocalNow);

        Assert.False(answer.IsToday);
        Assert.Equal(D("2026-12-02"), answer.Day);
        Assert.Null(answer.TimeLeft);
        Assert.Empty(answer.Skipped);
    }

    [Fact]
    public void Next_same_day_when_wednesday_is_a_holiday_skips_to_the_next_working_wednesday()
    {
        var answer = _desk.NextSameDay(At("2026-08-31T10:00"));

        Assert.Equal(D("2026-09-09"), answer.Day);
        var skipped = Assert.Single(answer.Skipped);
        Assert.Equal(D("2026-09-02"), skipped.Date);
        Assert.Equal("nghỉ lễ Quốc khánh", skipped.ClosedReason);
    }

    [Fact]
    public void Next_same_day_on_the_holiday_wednesday_itself_lists_today_as_skipped()
    {
        var answer = _desk.NextSameDay(At("2026-09-02T09:00"));

        Assert.False(answer.IsToday);
        Assert.Equal(D("2026-09-09"), answer.Day);
        Assert.Equal(D("2026-09-02"), Assert.Single(answer.Skipped).Date);
    }

    [Fact]
    public void Next_same_day_before_tet_2026_skips_the_wednesday_of_the_break()
    {
        var answer = _desk.NextSameDay(At("2026-02-13T16:00"));

        Assert.Equal(D("2026-02-25"), answer.Day);
        Assert.Equal("nghỉ Tết Nguyên đán", Assert.Single(answer.Skipped).ClosedReason);
    }

    [Fact]
    public void Next_same_day_on_new_years_eve_after_the_cut_off_is_the_first_wednesday_of_the_new_year()
    {
        // 31/12/2025 is a Wednesday; 01/01/2026 a Thursday.
        var answer = _desk.NextSameDay(At("2025-12-31T15:30"));

        Assert.Equal(D("2026-01-07"), answer.Day);
        Assert.False(answer.Provisional);
    }

    [Fact]
    public void Next_same_day_from_the_last_day_of_2026_lands_in_a_year_without_a_notice_and_says_so()
    {
        var answer = _desk.NextSameDay(At("2026-12-31T09:00"));

        Assert.Equal(D("2027-01-06"), answer.Day);
        Assert.True(answer.Provisional);
    }

    [Fact]
    public void Upcoming_same_days_leaves_out_the_holiday_wednesday()
    {
        var days = _desk.UpcomingSameDays(At("2026-08-26T16:00"), 3);

        Assert.Equal([D("2026-09-09"), D("2026-09-16"), D("2026-09-23")], days);
    }

    [Fact]
    public void Upcoming_same_days_starts_with_today_before_the_cut_off() =>
        Assert.Equal([D("2026-11-25"), D("2026-12-02")], _desk.UpcomingSameDays(At("2026-11-25T08:00"), 2));

    private static CommuneClock Clock(string utc)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        time.SetLocalTimeZone(TimeZoneInfo.Utc);
        return new CommuneClock(time, Commune);
    }
}
