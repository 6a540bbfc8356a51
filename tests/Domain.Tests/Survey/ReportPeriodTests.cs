using OneStop.Domain.Survey;

namespace OneStop.Domain.Tests.Survey;

public class ReportPeriodTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("", "2026-12-01", "2026-12-31")]
    [InlineData("11/2026", "2026-11-01", "2026-11-30")]
    [InlineData("2/2028", "2028-02-01", "2028-02-29")]
    [InlineData("02/12/2026", "2026-12-02", "2026-12-02")]
    [InlineData("01/11/2026-30/11/2026", "2026-11-01", "2026-11-30")]
    [InlineData("1/11/2026 - 15/11/2026", "2026-11-01", "2026-11-15")]
    [InlineData("2026-11-01 2026-11-30", "2026-11-01", "2026-11-30")]
    public void Staff_write_a_month_a_day_or_a_range(string text, string from, string to)
    {
        Assert.True(ReportPeriod.TryParse(text, Today, out var period));
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }

    [Theory]
    [InlineData("30/11/2026-01/11/2026")]
    [InlineData("thang 11")]
    [InlineData("13/2026")]
    [InlineData("31/02/2026")]
    public void Anything_else_is_refused(string text)
    {
        Assert.False(ReportPeriod.TryParse(text, Today, out _));
    }
}
