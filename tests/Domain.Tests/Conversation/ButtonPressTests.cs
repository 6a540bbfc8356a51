using OneStop.Domain.Content;
using OneStop.Domain.Conversation;

namespace OneStop.Domain.Tests.Conversation;

public class ButtonPressTests
{
    [Theory]
    [InlineData("menu", PressKind.Menu, "", null)]
    [InlineData("back", PressKind.Back, "", null)]
    [InlineData("f:to-office", PressKind.Flow, "to-office", null)]
    [InlineData("p:ket-hon", PressKind.Procedure, "ket-hon", null)]
    [InlineData("p:ket-hon:Fee", PressKind.Procedure, "ket-hon", Aspect.Fee)]
    public void Try_parse_reads_what_we_write(string payload, PressKind kind, string id, Aspect? aspect)
    {
        Assert.True(ButtonPress.TryParse(payload, out var press));
        Assert.Equal(new ButtonPress(kind, id, aspect), press);
    }

    [Theory]
    [InlineData("")]
    [InlineData("p:")]
    [InlineData("p:ket-hon:Nope")]
    [InlineData("p:ket-hon:99")]
    [InlineData("x:y")]
    [InlineData("f:a:b")]
    [InlineData("p:kết-hôn")]
    [InlineData("p:<script>")]
    public void Try_parse_refuses_forged_or_broken_payloads(string payload) => Assert.False(ButtonPress.TryParse(payload, out _));

    [Fact]
    public void Try_parse_refuses_payloads_longer_than_Telegram_allows() =>
        Assert.False(ButtonPress.TryParse("f:" + new string('a', 70), out _));

    [Fact]
    public void Procedure_payload_fits_in_64_bytes_for_the_longest_aspect() =>
        Assert.True(ButtonPress.Procedure(new string('a', 30), Aspect.Documents).Length <= ButtonPress.MaxPayloadBytes);
}
