using System.Globalization;
using OneStop.Domain.Calendar;

namespace OneStop.Domain.Tests.Calendar;

public class VietnameseDatesTests
{
    [Theory]
    [InlineData("2026-11-30", "Thứ Hai, 30/11/2026")]
    [InlineData("2026-12-01", "Thứ Ba, 01/12/2026")]
    [InlineData("2026-12-02", "Thứ Tư, 02/12/2026")]
    [InlineData("2026-12-03", "Thứ Năm, 03/12/2026")]
    [InlineData("2026-12-04", "Thứ Sáu, 04/12/2026")]
    [InlineData("2026-12-05", "Thứ Bảy, 05/12/2026")]
    [InlineData("2026-12-06", "Chủ nhật, 06/12/2026")]
    public void Day_names_the_weekday_then_the_date(string date, string text) =>
        Assert.Equal(text, VietnameseDates.Day(DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    [Fact]
    public void Short_is_day_month_year_with_ascii_digits_whatever_the_server_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("03/02/2030", VietnameseDates.Short(new DateOnly(2030, 2, 3)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(15, 0, "15 giờ")]
    [InlineData(7, 30, "7 giờ 30")]
    [InlineData(7, 5, "7 giờ 05")]
    public void Time_says_hours_and_minutes(int hour, int minute, string text) =>
        Assert.Equal(text, VietnameseDates.Time(new TimeOnly(hour, minute)));

    [Theory]
    [InlineData(2, 15, 30, "2 giờ 15 phút")]
    [InlineData(0, 45, 0, "45 phút")]
    [InlineData(3, 0, 0, "3 giờ")]
    [InlineData(27, 5, 0, "1 ngày 3 giờ 5 phút")]
    [InlineData(0, 0, 40, "dưới 1 phút")]
    public void Duration_drops_seconds(int hours, int minutes, int seconds, string text) =>
        Assert.Equal(text, VietnameseDates.Duration(new TimeSpan(hours, minutes, seconds)));

    [Fact]
    public void Lunar_says_mung_up_to_the_tenth_and_names_gieng_and_chap()
    {
        Assert.Equal("27 tháng Chạp", VietnameseDates.Lunar(new LunarDate(2025, 12, 27, false)));
        Assert.Equal("mùng 6 tháng Giêng", VietnameseDates.Lunar(new LunarDate(2026, 1, 6, false)));
        Assert.Equal("mùng 10 tháng 3", VietnameseDates.Lunar(new LunarDate(2026, 3, 10, false)));
        Assert.Equal("15 tháng 8", VietnameseDates.Lunar(new LunarDate(2026, 8, 15, false)));
        Assert.Equal("mùng 1 tháng 6 nhuận", VietnameseDates.Lunar(new LunarDate(2025, 6, 1, true)));
    }
}
