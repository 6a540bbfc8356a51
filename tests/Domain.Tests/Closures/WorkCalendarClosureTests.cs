using OneStop.Domain.Closures;
using static OneStop.Domain.Tests.Calendar.CommuneCalendars;

namespace OneStop.Domain.Tests.Closures;

/// <summary>A day closed at short notice, laid on the year files: the calendar answers from it at once.</summary>
public class WorkCalendarClosureTests
{
    private const string Storm = "nghỉ đột xuất: Bão số 15";

    [Fact]
    public void A_whole_day_closure_closes_the_day_with_its_reason_and_the_same_day_promise_skips_it()
    {
        var desk = Desk();
        desk.ApplyClosures([new Closure(D("2026-12-09"), DayPart.WholeDay, Storm)]);

        var status = desk.Describe(D("2026-12-09"));
        Assert.False(status.IsWorkingDay);
        Assert.Equal(Storm, status.ClosedReason);
        var answer = desk.NextSameDay(At("2026-12-08T10:00:00"));
        Assert.Equal(D("2026-12-16"), answer.Day);
        Assert.Equal(Storm, Assert.Single(answer.Skipped).ClosedReason);
        Assert.Equal(D("2026-12-10"), desk.NextWorkingDay(D("2026-12-08")));
    }

    [Fact]
    public void A_morning_closure_opens_in_the_afternoon_but_keeps_no_same_day_promise()
    {
        var desk = Desk();
        desk.ApplyClosures([new Closure(D("2026-12-09"), DayPart.Morning, Storm)]);

        Assert.True(desk.IsWorkingDay(D("2026-12-09")));
        Assert.False(desk.KeepsSameDay(D("2026-12-09")));
        var morning = desk.At(At("2026-12-09T08:00:00"));
        Assert.False(morning.IsOpen);
        Assert.Equal(At("2026-12-09T13:30:00"), morning.NextOpening);
        Assert.True(desk.At(At("2026-12-09T14:00:00")).IsOpen);
        Assert.Equal(D("2026-12-16"), desk.NextSameDay(At("2026-12-08T10:00:00")).Day);
    }

    [Fact]
    public void An_afternoon_closure_takes_files_in_the_morning_only_until_noon()
    {
        var desk = Desk();
        desk.ApplyClosures([new Closure(D("2026-12-10"), DayPart.Afternoon, Storm)]);

        Assert.False(desk.At(At("2026-12-10T14:00:00")).IsOpen);
        Assert.Equal(D("2026-12-11"), desk.ResultDay(At("2026-12-10T12:00:00")));
        Assert.Equal(D("2026-12-10"), desk.ResultDay(At("2026-12-10T11:00:00")));
    }

    [Fact]
    public void Applying_again_replaces_the_closures_so_a_cancelled_one_is_gone()
    {
        var desk = Desk();
        desk.ApplyClosures([new Closure(D("2026-12-09"), DayPart.WholeDay, Storm)]);
        desk.ApplyClosures([]);

        Assert.True(desk.KeepsSameDay(D("2026-12-09")));
        Assert.Empty(desk.Closures);
    }

    [Fact]
    public void A_closure_on_a_day_already_off_leaves_the_holiday_reason()
    {
        var desk = Desk();
        desk.ApplyClosures([new Closure(D("2026-11-24"), DayPart.WholeDay, Storm)]);

        Assert.Equal("nghỉ lễ Ngày Văn hóa Việt Nam", desk.Describe(D("2026-11-24")).ClosedReason);
    }
}
