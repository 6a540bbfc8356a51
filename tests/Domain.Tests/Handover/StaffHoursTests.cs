using OneStop.Domain.Handover;
using static OneStop.Domain.Tests.Calendar.CommuneCalendars;

namespace OneStop.Domain.Tests.Handover;

public class StaffHoursTests
{
    private static readonly StaffHours Hours = new(Desk());
    private static readonly TimeSpan Four = TimeSpan.FromHours(4);

    [Theory]
    [InlineData("2026-12-01T09:00", "2026-12-01T15:00")] // 2 h 30 in the morning, 1 h 30 after lunch
    [InlineData("2026-12-01T07:00", "2026-12-01T11:00")]
    [InlineData("2026-12-01T12:00", "2026-12-02T07:30")] // asked over lunch: 13:30 to 17:00, then half an hour the next morning
    [InlineData("2026-12-04T16:00", "2026-12-07T10:00")] // Friday afternoon: Monday morning
    [InlineData("2026-12-05T10:00", "2026-12-07T11:00")] // Saturday: from Monday's opening
    [InlineData("2026-12-31T16:00", "2027-01-04T10:00")] // New Year's Day is a holiday, then the weekend
    public void Four_office_hours_count_only_office_sessions_of_working_days(string asked, string due) =>
        Assert.Equal(At(due), Hours.After(At(asked), Four));

    [Fact]
    public void Before_Tet_the_question_waits_for_the_desk_to_open_again() =>
        Assert.Equal(At("2026-02-23T11:00"), Hours.After(At("2026-02-13T17:30"), Four));

    [Theory]
    [InlineData("2026-12-01T09:00", null)]
    [InlineData("2026-12-01T12:00", "2026-12-01T13:30")]
    [InlineData("2026-12-01T18:00", "2026-12-02T07:00")]
    [InlineData("2026-12-05T10:00", "2026-12-07T07:00")]
    public void The_next_opening_is_null_while_the_desk_is_open(string now, string? opening) =>
        Assert.Equal(opening is null ? null : At(opening), Hours.NextOpening(At(now)));
}
