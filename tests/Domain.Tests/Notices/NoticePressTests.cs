using OneStop.Domain.Notices;

namespace OneStop.Domain.Tests.Notices;

public class NoticePressTests
{
    [Theory]
    [InlineData("nt:on", NoticeAction.Subscribe, -1)]
    [InlineData("nt:off", NoticeAction.Unsubscribe, -1)]
    [InlineData("nt:areas", NoticeAction.ShowAreas, -1)]
    [InlineData("nt:a:none", NoticeAction.NoArea, -1)]
    [InlineData("nt:a:0", NoticeAction.ChooseArea, 0)]
    [InlineData("nt:a:12", NoticeAction.ChooseArea, 12)]
    public void Try_parse_reads_what_we_write(string payload, NoticeAction action, int area)
    {
        Assert.True(NoticePress.TryParse(payload, out var press));
        Assert.Equal(new NoticePress(action, area), press);
    }

    [Theory]
    [InlineData("nt")]
    [InlineData("nt:")]
    [InlineData("nt:a:")]
    [InlineData("nt:a:-1")]
    [InlineData("nt:a:99")]
    [InlineData("nt:a:123")]
    [InlineData("nt:a:1:2")]
    [InlineData("nt:a:٣")]
    [InlineData("nt:a: 1")]
    [InlineData("nt:ON")]
    [InlineData("nt:on:x")]
    public void Try_parse_refuses_forged_payloads(string payload) => Assert.False(NoticePress.TryParse(payload, out _));

    [Fact]
    public void Payloads_are_short_ascii()
    {
        foreach (var payload in new[] { NoticePress.Subscribe, NoticePress.Unsubscribe, NoticePress.ShowAreas, NoticePress.NoArea, NoticePress.ChooseArea(NoticePress.MaxAreas - 1) })
        {
            Assert.True(payload.Length <= 64 && payload.All(char.IsAscii), payload);
            Assert.True(NoticePress.TryParse(payload, out _), payload);
        }
    }
}
