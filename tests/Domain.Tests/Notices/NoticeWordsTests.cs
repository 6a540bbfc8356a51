using OneStop.Domain.Notices;

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
}
