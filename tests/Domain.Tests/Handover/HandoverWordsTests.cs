using OneStop.Domain.Handover;
using OneStop.Domain.Text;

namespace OneStop.Domain.Tests.Handover;

public class HandoverWordsTests
{
    [Theory]
    [InlineData("muốn hỏi trực tiếp cán bộ")]
    [InlineData("có ai trực không")]
    [InlineData("cho gặp cán bộ tư pháp")]
    [InlineData("bot không hiểu")]
    [InlineData("cho em gap can bo a")]
    [InlineData("toi muon noi chuyen voi nguoi that")]
    public void Asking_for_a_person_is_recognised(string text) => Assert.True(HandoverWords.IsAsk(TextFolding.Words(text)));

    [Theory]
    [InlineData("đăng ký kết hôn cần gì")]
    [InlineData("cán bộ có viết giúp tờ khai không")]
    [InlineData("thứ 7 có làm việc không")]
    public void Questions_about_procedures_are_not_a_request_for_a_person(string text) => Assert.False(HandoverWords.IsAsk(TextFolding.Words(text)));

    [Theory]
    [InlineData("bực quá")]
    [InlineData("bot ngu quá")]
    [InlineData("thật vô dụng")]
    public void Anger_is_recognised(string text) => Assert.True(HandoverWords.IsDistress(TextFolding.Words(text)));

    [Fact]
    public void A_long_message_is_a_question_not_a_request_for_a_person() =>
        Assert.False(HandoverWords.IsAsk(TextFolding.Words("cho tôi hỏi là nếu tôi muốn gặp cán bộ để làm thủ tục đăng ký kết hôn với người ở tỉnh khác thì cần mang những giấy tờ gì")));
}
