using OneStop.Domain.Calendar;
using static OneStop.Domain.Tests.Calendar.CommuneCalendars;

namespace OneStop.Domain.Tests.Calendar;

public class WorkCalendarNextHolidayTests
{
    private readonly WorkCalendar _desk = Desk();

    [Theory]
    [InlineData("2026-01-05")]
    [InlineData("2026-02-19")] // asked during the break
    [InlineData("2026-02-22")] // its last day
    public void NextHoliday_Tet2026_RunsFrom14To22February(string from)
    {
        var tet = _desk.NextHoliday(D(from), "Tết");

        Assert.Equal(new HolidaySpan("Tết Nguyên đán", D("2026-02-14"), D("2026-02-22"), false), tet);
    }

    [Fact]
    public void NextHoliday_Tet2026_IsTheSameBreakWithSaturdayMorningReception() =>
        Assert.Equal(
            new HolidaySpan("Tết Nguyên đán", D("2026-02-14"), D("2026-02-22"), false),
            Desk(saturdayMorning: true).NextHoliday(D("2026-01-05"), "Tết"));

    [Fact]
    public void NextHoliday_InDecember_ForTet_MeansTheLunarNewYear_NotNewYearsDay()
    {
        Assert.Equal("Tết Nguyên đán", _desk.NextHoliday(D("2025-12-15"), "Tết")?.Name);
        Assert.Equal(
            new HolidaySpan("Tết Dương lịch", D("2026-01-01"), D("2026-01-01"), false), // a Thursday; Friday is worked
            _desk.NextHoliday(D("2025-12-15"), "Tết Dương lịch"));
    }

    [Fact]
    public void NextHoliday_WithoutAName_IsTheNearestBreak_WithItsCompensatoryDay() =>
        Assert.Equal(
            new HolidaySpan("Giỗ Tổ Hùng Vương", D("2026-04-25"), D("2026-04-27"), false),
            _desk.NextHoliday(D("2026-04-20")));

    [Fact]
    public void NextHoliday_ThirtiethOfAprilAndFirstOfMay_NamesBoth()
    {
        Assert.Equal(
            new HolidaySpan("Ngày Chiến thắng và Quốc tế Lao động", D("2026-04-30"), D("2026-05-03"), false),
            _desk.NextHoliday(D("2026-04-28")));
        Assert.Equal(
            new HolidaySpan("Ngày Chiến thắng và Quốc tế Lao động", D("2025-04-30"), D("2025-05-04"), false),
            _desk.NextHoliday(D("2025-04-27")));
    }

    [Fact]
    public void NextHoliday_ByNameWithoutAccents_FindsQuocKhanh() =>
        Assert.Equal(
            new HolidaySpan("Quốc khánh", D("2026-09-01"), D("2026-09-02"), false),
            _desk.NextHoliday(D("2026-06-01"), "quoc khanh"));

    [Fact]
    public void NextHoliday_NgayVanHoa2026_IsASingleTuesday() =>
        Assert.Equal(
            new HolidaySpan("Ngày Văn hóa Việt Nam", D("2026-11-24"), D("2026-11-24"), false),
            _desk.NextHoliday(D("2026-11-01")));

    [Fact]
    public void NextHoliday_ForANameNoHolidayHas_IsNull() =>
        Assert.Null(_desk.NextHoliday(D("2026-01-01"), "Giáng sinh"));
}
