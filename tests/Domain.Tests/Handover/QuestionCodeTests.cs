using OneStop.Domain.Handover;

namespace OneStop.Domain.Tests.Handover;

public class QuestionCodeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void A_code_is_five_unambiguous_characters_and_differs_by_chat_and_moment()
    {
        var code = QuestionCode.Make("telegram:1", Now);
        Assert.True(QuestionCode.IsWellFormed(code));
        Assert.DoesNotContain(code, c => c is '0' or 'O' or '1' or 'I' or 'L');
        Assert.Equal(code, QuestionCode.Make("telegram:1", Now));
        Assert.NotEqual(code, QuestionCode.Make("telegram:2", Now));
        Assert.NotEqual(code, QuestionCode.Make("telegram:1", Now.AddSeconds(1)));
    }

    [Theory]
    [InlineData("k7m2q", "K7M2Q")]
    [InlineData("#K7M2Q", "K7M2Q")]
    [InlineData(" K7M2Q. ", "K7M2Q")]
    [InlineData("K7M2", null)]
    [InlineData("K7M2Q9", null)]
    [InlineData("K0M2Q", null)]
    public void An_official_may_type_a_code_in_any_case_with_or_without_its_hash(string typed, string? code) =>
        Assert.Equal(code, QuestionCode.Normalize(typed));

    [Theory]
    [InlineData("🙋 Câu hỏi #K7M2Q của người dân (Telegram):\nabc", "K7M2Q")]
    [InlineData("⏰ Câu hỏi #K7M2Q chưa có ai trả lời", "K7M2Q")]
    [InlineData("#K7M2QX is not a code", null)]
    [InlineData("no code here", null)]
    public void A_tagged_code_is_found_in_the_bot_s_own_text(string text, string? code) =>
        Assert.Equal(code, QuestionCode.FindTagged(text));
}
