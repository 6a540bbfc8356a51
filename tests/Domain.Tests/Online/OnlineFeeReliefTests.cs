using OneStop.Domain.Content;
using OneStop.Domain.Online;

namespace OneStop.Domain.Tests.Online;

public class OnlineFeeReliefTests
{
    // Thông tư 117/2026/TT-BTC: in force 15/08/2026–28/02/2027.
    private static readonly OnlineFeeRelief Relief = new(new DateOnly(2026, 8, 15), new DateOnly(2027, 2, 28), Fact.Unsourced(""));

    [Theory]
    [InlineData("2026-08-14", false)]
    [InlineData("2026-08-15", true)]
    [InlineData("2026-12-01", true)]
    [InlineData("2027-02-28", true)]
    [InlineData("2027-03-01", false)]
    public void Applies_only_within_its_period_both_ends_included(string day, bool applies) =>
        Assert.Equal(applies, Relief.AppliesOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
