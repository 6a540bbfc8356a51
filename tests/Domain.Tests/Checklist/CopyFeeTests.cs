using OneStop.Domain.Checklist;

namespace OneStop.Domain.Tests.Checklist;

public class CopyFeeTests
{
    // TT 226/2016/TT-BTC: 2.000 đ a page for pages 1–2, 1.000 đ from page 3, at most 200.000 đ a copy.
    [Theory]
    [InlineData(1, 1, 2_000, 2_000)]
    [InlineData(2, 1, 4_000, 4_000)]
    [InlineData(3, 2, 5_000, 10_000)]
    [InlineData(12, 2, 14_000, 28_000)]
    [InlineData(250, 3, 200_000, 600_000)]
    public void Fee_follows_the_page_scale_times_the_copies(int pages, int copies, int perCopy, long total) =>
        Assert.Equal(new CopyFee(pages, copies, perCopy, total), CopyFee.Of(SampleChecklists.PageFee, pages, copies));

    [Theory]
    [InlineData(2_000, "2.000 đồng")]
    [InlineData(200_000, "200.000 đồng")]
    [InlineData(1_234_567, "1.234.567 đồng")]
    [InlineData(0, "0 đồng")]
    public void Amounts_are_written_the_vietnamese_way(long amount, string text) => Assert.Equal(text, VietnameseMoney.Dong(amount));
}
