using OneStop.Domain.Online;

namespace OneStop.Domain.Tests.Online;

public class OnlinePressTests
{
    public static TheoryData<string, OnlinePress> Made() => new()
    {
        { OnlinePress.Pick(), new OnlinePress(OnlinePressKind.Pick) },
        { OnlinePress.Route("ket-hon"), new OnlinePress(OnlinePressKind.Route, "ket-hon") },
        { OnlinePress.Guide("ket-hon", 3), new OnlinePress(OnlinePressKind.Guide, "ket-hon", 3) },
        { OnlinePress.Guide(null, 6), new OnlinePress(OnlinePressKind.Guide, null, 6) },
        { OnlinePress.Postal(null), new OnlinePress(OnlinePressKind.Postal) },
        { OnlinePress.Postal("khai-tu"), new OnlinePress(OnlinePressKind.Postal, "khai-tu") },
    };

    [Theory]
    [MemberData(nameof(Made))]
    public void What_we_make_reads_back(string payload, OnlinePress expected)
    {
        Assert.True(OnlinePress.TryParse(payload, out var press));
        Assert.Equal(expected, press);
    }

    [Theory]
    [InlineData("on")]
    [InlineData("on:")]
    [InlineData("on:ket-hon:g:0")]
    [InlineData("on:ket-hon:g:7")]
    [InlineData("on:ket-hon:g:x")]
    [InlineData("on:ket-hon:mail")]
    [InlineData("on:kết-hôn")]
    [InlineData("ck:ket-hon")]
    public void Forged_payloads_are_refused(string payload) => Assert.False(OnlinePress.TryParse(payload, out _));
}
