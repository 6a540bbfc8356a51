using OneStop.Bot.Hosting;
using OneStop.Bot.Safekeeping;

namespace OneStop.Bot.Tests.Safekeeping;

public sealed class BackupScheduleTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public void Daily_runs_at_that_time_in_the_commune_today_or_tomorrow()
    {
        var schedule = BackupSchedule.Parse("daily 02:00");
        var night = new DateTimeOffset(2026, 12, 5, 1, 30, 0, Vietnam);
        var morning = new DateTimeOffset(2026, 12, 5, 9, 0, 0, Vietnam);

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 2, 0, 0, Vietnam), schedule.Next(night, night, CommuneZone.Zone));
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 2, 0, 0, Vietnam), schedule.Next(morning, morning, CommuneZone.Zone));
        // The server's clock is UTC: 19:30 UTC is already 02:30 in the commune.
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 2, 0, 0, Vietnam), schedule.Next(new DateTimeOffset(2026, 12, 4, 19, 30, 0, TimeSpan.Zero), morning, CommuneZone.Zone));
    }

    [Fact]
    public void Every_counts_from_the_last_backup()
    {
        var schedule = BackupSchedule.Parse("every 06:00:00");
        var last = new DateTimeOffset(2026, 12, 5, 2, 0, 0, Vietnam);

        Assert.Equal(last.AddHours(6), schedule.Next(last.AddHours(1), last, CommuneZone.Zone));
    }

    [Theory]
    [InlineData("02:00")]
    [InlineData("daily 2h")]
    [InlineData("every 00:00:10")]
    [InlineData("weekly 02:00")]
    public void Anything_else_is_refused_with_the_forms_it_accepts(string text)
    {
        var error = Assert.Throws<InvalidOperationException>(() => BackupSchedule.Parse(text));
        Assert.Contains("daily 02:00", error.Message, StringComparison.Ordinal);
    }
}
