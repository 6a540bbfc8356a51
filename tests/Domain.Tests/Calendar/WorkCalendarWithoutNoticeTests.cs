using OneStop.Domain.Calendar;
using static OneStop.Domain.Tests.Calendar.CommuneCalendars;

namespace OneStop.Domain.Tests.Calendar;

/// <summary>2027 has no notice yet: the law's days, every one of them provisional.</summary>
public class WorkCalendarWithoutNoticeTests
{
    private readonly WorkCalendar _desk = Desk();

    [Theory]
    [InlineData("2027-01-01", "nghỉ Tết Dương lịch")]
    [InlineData("2027-02-05", "nghỉ Tết Nguyên đán")] // 29 Chạp, the last day of the lunar year
    [InlineData("2027-02-06", "nghỉ Tết Nguyên đán")] // mùng 1, a Saturday
    [InlineData("2027-02-09", "nghỉ Tết Nguyên đán")] // mùng 4
    [InlineData("2027-02-10", "nghỉ bù Tết Nguyên đán")] // for Saturday mùng 1
    [InlineData("2027-02-11", "nghỉ bù Tết Nguyên đán")] // for Sunday mùng 2
    [InlineData("2027-04-16", "nghỉ lễ Giỗ Tổ Hùng Vương")]
    [InlineData("2027-04-30", "nghỉ lễ Ngày Chiến thắng")]
    [InlineData("2027-05-03", "nghỉ bù Quốc tế Lao động")] // 01/05/2027 is a Saturday
    [InlineData("2027-09-01", "nghỉ lễ Quốc khánh")] // the adjacent day is the notice's choice
    [InlineData("2027-09-02", "nghỉ lễ Quốc khánh")]
    [InlineData("2027-11-24", "nghỉ lễ Ngày Văn hóa Việt Nam")]
    public void Describe_a_statutory_holiday_is_off_and_provisional(string date, string reason)
    {
        var day = _desk.Describe(D(date));

        Assert.False(day.IsWorkingDay);
        Assert.Equal(reason, day.ClosedReason);
        Assert.True(day.Provisional);
    }

    [Fact]
    public void Describe_a_working_day_near_tet_is_provisional_but_one_far_from_any_holiday_is_not()
    {
        Assert.True(_desk.Describe(D("2027-02-03")).Provisional);
        Assert.True(_desk.Describe(D("2027-02-03")).IsWorkingDay);
        Assert.False(_desk.Describe(D("2027-07-14")).Provisional);
    }

    [Fact]
    public void Describe_gio_to_on_saturday_before_the_may_days_pushes_both_compensatory_days_back()
    {
        // 2023 (no notice in this test): Giỗ Tổ Sat 29/04, 30/04 Sun, 01/05 Mon: the break ran 29/04–03/05.
        Assert.Equal("nghỉ bù Giỗ Tổ Hùng Vương", _desk.Describe(D("2023-05-02")).ClosedReason);
        Assert.Equal("nghỉ bù Ngày Chiến thắng", _desk.Describe(D("2023-05-03")).ClosedReason);
        Assert.True(_desk.IsWorkingDay(D("2023-05-04")));
    }

    [Fact]
    public void Next_same_day_in_the_tet_week_of_2027_skips_the_provisional_compensatory_wednesday()
    {
        var answer = _desk.NextSameDay(At("2027-02-08T09:00"));

        Assert.Equal(D("2027-02-17"), answer.Day);
        Assert.True(answer.Provisional);
        Assert.Equal(D("2027-02-10"), Assert.Single(answer.Skipped).Date);
    }

    [Fact]
    public void Next_holiday_tet_2027_is_provisional()
    {
        var tet = _desk.NextHoliday(D("2026-12-15"), "Tết");

        Assert.NotNull(tet);
        Assert.Equal("Tết Nguyên đán", tet.Name);
        Assert.Equal(D("2027-02-05"), tet.First);
        Assert.Equal(D("2027-02-11"), tet.Last);
        Assert.True(tet.Provisional);
    }
}
