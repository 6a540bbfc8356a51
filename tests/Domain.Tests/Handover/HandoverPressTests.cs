using OneStop.Domain.Conversation;
using OneStop.Domain.Handover;

namespace OneStop.Domain.Tests.Handover;

public class HandoverPressTests
{
    [Theory]
    [InlineData("ho:ask", HandoverAction.Ask, "")]
    [InlineData("ho:reply:K7M2Q", HandoverAction.Reply, "K7M2Q")]
    [InlineData("ho:contact:K7M2Q", HandoverAction.Contact, "K7M2Q")]
    [InlineData("ho:close:K7M2Q", HandoverAction.Close, "K7M2Q")]
    public void Our_payloads_parse(string payload, HandoverAction action, string code)
    {
        Assert.True(HandoverPress.TryParse(payload, out var press));
        Assert.Equal(new HandoverPress(action, code), press);
    }

    [Theory]
    [InlineData("ho:close:k7m2q")]
    [InlineData("ho:close:K7M2")]
    [InlineData("ho:delete:K7M2Q")]
    [InlineData("ho:ask:K7M2Q")]
    [InlineData("ho")]
    [InlineData("")]
    public void Forged_payloads_are_refused(string payload) => Assert.False(HandoverPress.TryParse(payload, out _));

    [Fact]
    public void Payloads_fit_Telegram_s_64_bytes() =>
        Assert.True(HandoverPress.Contact("K7M2Q").Length <= 64 && HandoverPayload.Ask.StartsWith(HandoverPayload.Prefix + ":", StringComparison.Ordinal));
}
