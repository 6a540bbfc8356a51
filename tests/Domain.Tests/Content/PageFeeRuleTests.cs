using OneStop.Domain.Content;

namespace OneStop.Domain.Tests.Content;

public class PageFeeRuleTests
{
    // TT 226/2016/TT-BTC: 2.000 đ for pages 1–2, 1.000 đ from page 3, at most 200.000 đ a copy.
    private static readonly PageFeeRule Rule = new(2, 2000, 1000, 200_000, Fact.Unsourced(""));

    [Theory]
    [InlineData(1, 2000)]
    [InlineData(2, 4000)]
    [InlineData(3, 5000)]
    [InlineData(10, 12000)]
    [InlineData(198, 200_000)]
    [InlineData(500, 200_000)]
    public void Per_copy_follows_the_page_scale_and_the_cap(int pages, int fee) => Assert.Equal(fee, Rule.PerCopy(pages));

    [Fact]
    public void Total_multiplies_by_copies() => Assert.Equal(15000, Rule.Total(3, 3));

    [Fact]
    public void Per_copy_refuses_zero_pages() => Assert.Throws<ArgumentOutOfRangeException>(() => Rule.PerCopy(0));
}
