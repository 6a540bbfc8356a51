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
    public void TryParse_ReadsWhatWeWrite(string payload, PressKind kind, string id, Aspect? aspect)
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
    public void TryParse_RefusesForgedOrBrokenPayloads(string payload) => Assert.False(ButtonPress.TryParse(payload, out _));

    [Fact]
    public void TryParse_RefusesPayloadsLongerThanTelegramAllows() =>
        Assert.False(ButtonPress.TryParse("f:" + new string('a', 70), out _));

    [Fact]
    public void Procedure_PayloadFitsIn64Bytes_ForTheLongestAspect() =>
        Assert.True(ButtonPress.Procedure(new string('a', 30), Aspect.Documents).Length <= ButtonPress.MaxPayloadBytes);
}
