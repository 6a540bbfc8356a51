using OneStop.Domain.Notices;
using OneStop.Domain.Text;

namespace OneStop.Domain.Tests.Notices;

public class NoticeWordsTests
{
    [Theory]
    [InlineData("/dangky")]
    [InlineData("/DangKy")]
    [InlineData("/dangky@onestop_test_bot")]
    [InlineData("  /dangky  ")]
    public void IsSubscribeCommand_ReadsTheCommand(string text) => Assert.True(NoticeWords.IsSubscribeCommand(text));

    [Theory]
    [InlineData("/dangkyketHon")]
    [InlineData("dangky")]
    [InlineData("/huy")]
    public void IsSubscribeCommand_IgnoresOtherText(string text) => Assert.False(NoticeWords.IsSubscribeCommand(text));

    [Theory]
    [InlineData("nhận thông báo")]
    [InlineData("Đăng ký nhận thông báo ạ")]
    [InlineData("cho em dang ky thong bao nhe")]
    public void IsSubscribe_WholeMessagesOnly(string text) => Assert.True(NoticeWords.IsSubscribe(TextFolding.Words(text)));

    [Theory]
    [InlineData("hủy đăng ký")]
    [InlineData("huy dang ky nhan thong bao a")]
    [InlineData("STOP")]
    [InlineData("không nhận thông báo nữa")]
    [InlineData("ngừng nhận thông báo")]
    [InlineData("thôi không nhận nữa")]
    [InlineData("thôi nhận thông báo")]
    [InlineData("thoi khong nhan thong bao nua a")]
    public void IsUnsubscribe_ReadsTheWaysPeopleSayIt(string text) => Assert.True(NoticeWords.IsUnsubscribe(TextFolding.Words(text)));

    [Theory]
    [InlineData("hủy đăng ký kết hôn")]
    [InlineData("đăng ký kết hôn")]
    [InlineData("huy")]
    [InlineData("thông báo nghỉ lễ khi nào")]
    [InlineData("không")]
    [InlineData("thôi")]
    public void Questions_AboutProceduresAreNotOptOuts(string text)
    {
        var words = TextFolding.Words(text);
        Assert.False(NoticeWords.IsUnsubscribe(words));
        Assert.False(NoticeWords.IsSubscribe(words));
    }
}
