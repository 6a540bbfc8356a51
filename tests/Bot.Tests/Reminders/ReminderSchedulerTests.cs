using OneStop.Bot.Reminders;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Calendar;
using OneStop.Domain.Reminders;

namespace OneStop.Bot.Tests.Reminders;

public class ReminderSchedulerTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    // Thursday 26/11/2026, 10:00: the citizen sets a reminder for Wednesday 02/12/2026.
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 10, 0, 0, Vietnam);

    [Fact]
    public void A_reminder_fires_once_the_evening_before_once_that_morning_and_asks_the_next_working_day_whether_they_went()
    {
        using var temp = new TempFolder();
        using var week = new ReminderWeek(temp, Thursday);
        week.Press("rm:set:20261202:ket-hon");

        week.RunUntil(new DateTimeOffset(2026, 12, 4, 12, 0, 0, Vietnam));

        Assert.Equal(3, week.Sent.Count);
        Assert.Equal(new DateTime(2026, 12, 1, 19, 0, 0), week.Sent[0].Local);
        Assert.Contains("ngày mai, Thứ Tư, 02/12/2026", week.Sent[0].Text, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 12, 3, 9, 0, 0), week.Sent[2].Local);
        Assert.Contains("có đến Trung tâm không", week.Sent[2].Text, StringComparison.Ordinal);
        Assert.Contains("Tờ khai đăng ký kết hôn", week.Sent[0].Text, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 12, 2, 6, 30, 0), week.Sent[1].Local);
        Assert.Contains("Hôm nay, Thứ Tư, 02/12/2026", week.Sent[1].Text, StringComparison.Ordinal);
        Assert.Empty(ReminderStore.Reminders(week.Db).FindAll());
    }

    [Fact]
    public void The_follow_up_opens_the_survey_about_the_visit_or_asks_for_another_day()
    {
        using var temp = new TempFolder();
        using var week = new ReminderWeek(temp, Thursday);
        week.Press("rm:set:20261202:ket-hon");

        week.RunUntil(new DateTimeOffset(2026, 12, 4, 12, 0, 0, Vietnam));

        Assert.Contains("có đến Trung tâm không", week.Sent[2].Text, StringComparison.Ordinal);
        Assert.Equal("sv:start:ket-hon", week.SentButtons[2][0]);
        Assert.StartsWith("rm:pick", week.SentButtons[2][1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_survey_a_reminder_ends_without_asking_whether_they_went()
    {
        using var temp = new TempFolder();
        using var week = new ReminderWeek(temp, Thursday, survey: false);
        week.Press("rm:set:20261202:ket-hon");

        week.RunUntil(new DateTimeOffset(2026, 12, 4, 12, 0, 0, Vietnam));

        Assert.Equal(2, week.Sent.Count);
        Assert.DoesNotContain(week.Sent, s => s.Text.Contains("có đến Trung tâm không", StringComparison.Ordinal));
        Assert.Empty(ReminderStore.Reminders(week.Db).FindAll());
    }

    [Fact]
    public void A_restart_in_the_middle_neither_loses_nor_repeats_a_reminder()
    {
        using var temp = new TempFolder();
        using var week = new ReminderWeek(temp, Thursday);
        week.Press("rm:set:20261202");
        week.RunUntil(new DateTimeOffset(2026, 12, 1, 21, 0, 0, Vietnam));
        Assert.Single(week.Sent);

        week.Restart();
        week.RunUntil(new DateTimeOffset(2026, 12, 3, 8, 0, 0, Vietnam));

        Assert.Equal(2, week.Sent.Count);
        Assert.Equal(new DateTime(2026, 12, 2, 6, 30, 0), week.Sent[1].Local);
    }

    [Fact]
    public void A_cancelled_reminder_sends_nothing()
    {
        using var temp = new TempFolder();
        using var week = new ReminderWeek(temp, Thursday);
        week.Press("rm:set:20261202");
        var replies = week.Press("rm:del:20261202");

        week.RunUntil(new DateTimeOffset(2026, 12, 3, 12, 0, 0, Vietnam));

        Assert.Empty(week.Sent);
        Assert.Contains(replies, r => r.Text.Contains("đã huỷ lời nhắc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reminder_for_a_day_that_becomes_a_holiday_moves_to_the_next_same_day_and_the_citizen_is_told()
    {
        using var temp = new TempFolder();
        using var week = new ReminderWeek(temp, Thursday);
        week.Press("rm:set:20261202");

        week.Restart(WithDayOff(week.Content.Calendar, new DateOnly(2026, 12, 2), "nghỉ đột xuất"));
        week.RunUntil(new DateTimeOffset(2026, 12, 10, 12, 0, 0, Vietnam));

        Assert.Contains("dời lời nhắc của ông/bà sang Thứ Tư, 09/12/2026", week.Sent[0].Text, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 11, 26, 10, 1, 0), week.Sent[0].Local);
        Assert.Equal(new DateTime(2026, 12, 8, 19, 0, 0), week.Sent[1].Local);
        Assert.Equal(new DateTime(2026, 12, 9, 6, 30, 0), week.Sent[2].Local);
        Assert.Equal(new DateTime(2026, 12, 10, 9, 0, 0), week.Sent[3].Local);
        Assert.Equal(4, week.Sent.Count);
        var mirror = ReminderList.Read(week.Db.Sessions.FindById(ReminderWeek.Chat.Key)!.Data);
        Assert.DoesNotContain(mirror, i => i.Day == new DateOnly(2026, 12, 2));
    }

    [Fact]
    public void The_weekly_notice_goes_out_once_the_evening_before_a_working_same_day()
    {
        using var temp = new TempFolder();
        using var week = new ReminderWeek(temp, Thursday);
        week.Press("rm:weekly:on");

        week.RunUntil(new DateTimeOffset(2026, 12, 9, 12, 0, 0, Vietnam));

        Assert.Equal(2, week.Sent.Count);
        Assert.Equal(new DateTime(2026, 12, 1, 19, 0, 0), week.Sent[0].Local);
        Assert.Equal(new DateTime(2026, 12, 8, 19, 0, 0), week.Sent[1].Local);
    }

    [Fact]
    public void Deleting_my_data_removes_my_reminders()
    {
        using var temp = new TempFolder();
        using var week = new ReminderWeek(temp, Thursday);
        week.Press("rm:set:20261202");
        week.Press("rm:weekly:on");
        week.Type("/xoadulieu");
        week.Type("có");

        Assert.Empty(ReminderStore.Reminders(week.Db).FindAll());
        Assert.Empty(ReminderStore.Weekly(week.Db).FindAll());
        week.RunUntil(new DateTimeOffset(2026, 12, 3, 12, 0, 0, Vietnam));
        Assert.Empty(week.Sent);
    }

    [Fact]
    public void An_old_button_for_a_past_day_is_refused_politely()
    {
        using var temp = new TempFolder();
        using var week = new ReminderWeek(temp, Thursday);
        var replies = week.Press("rm:set:20261118");
        Assert.Contains(replies, r => r.Text.Contains("không còn đặt nhắc được", StringComparison.Ordinal));
        Assert.Empty(ReminderStore.Reminders(week.Db).FindAll());
    }

    private static Domain.Content.ContentCatalog WithDayOff(WorkCalendar calendar, DateOnly day, string name)
    {
        var notice = calendar.NoticeFor(day.Year)!;
        var changed = notice with { DaysOff = [.. notice.DaysOff, new DayOff(day, name)] };
        var notices = new[] { calendar.NoticeFor(day.Year - 1), changed }.OfType<YearNotice>().ToList();
        return Support.Content.Real with { Calendar = new WorkCalendar(calendar.Hours, calendar.SameDayWeekday, calendar.Cutoff, notices, calendar.Holidays) };
    }
}
