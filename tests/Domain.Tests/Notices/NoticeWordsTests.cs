using OneStop.Domain.Conversation;

namespace OneStop.Domain.Tests.Notices;

/// <summary>/dangky as people type it, read the way the engine routes every declared command (<see cref="CommandWords.SlashName"/>).</summary>
public class NoticeWordsTests
{
    [Theory]
    [InlineData("/dangky")]
    [InlineData("/DangKy")]
    [InlineData("/dangky@onestop_test_bot")]
    [InlineData("  /dangky  ")]
    public void IsSubscribeCommand_ReadsTheCommand(string text) => Assert.Equal("/dangky", CommandWords.SlashName(text), ignoreCase: true);

    [Theory]
    [InlineData("/dangkyketHon")]
    [InlineData("dangky")]
    [InlineData("/huy")]
    public void IsSubscribeCommand_IgnoresOtherText(string text) =>
        Assert.False(string.Equals("/dangky", CommandWords.SlashName(text), StringComparison.OrdinalIgnoreCase));
}
