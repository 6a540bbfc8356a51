using OneStop.Domain.Checklist;

namespace OneStop.Domain.Tests.Checklist;

public class PageCountTests
{
    [Theory]
    [InlineData("sao y 12 trang het bao nhieu", 12, 1)]
    [InlineData("Sao y 12 trang hết bao nhiêu ạ?", 12, 1)]
    [InlineData("chứng thực 3 bản, mỗi bản 5 trang", 5, 3)]
    [InlineData("5trang 2ban", 5, 2)]
    public void Reads_the_pages_and_copies_named(string text, int pages, int copies) =>
        Assert.Equal(new PageCount(pages, copies), PageCount.Read(text));

    [Theory]
    [InlineData("sao y giấy tờ mất bao nhiêu tiền")]
    [InlineData("sao y muoi hai trang")]
    [InlineData("sao y 0 trang")]
    [InlineData("sao y 99999 trang")]
    [InlineData("3 ban")]
    [InlineData("sao y het 4tr a")] // "tr" is as often "triệu" (a million) as "trang"
    [InlineData("12 trang 9999 ban")]
    public void Reads_nothing_it_cannot_be_sure_of(string text) =>
        Assert.Null(PageCount.Read(text));
}
