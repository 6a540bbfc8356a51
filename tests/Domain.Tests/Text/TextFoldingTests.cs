using OneStop.Domain.Text;

namespace OneStop.Domain.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Đăng ký kết hôn", "dang ky ket hon")]
    [InlineData("DANG KY KET HON", "dang ky ket hon")]
    [InlineData("đăng ký kết hôn cần giấy tờ gì ạ?", "dang ky ket hon can giay to gi a")]
    [InlineData("ddang kys ket hon", "dang ky ket hon")]
    [InlineData("d9ang ky1 ke6t ho6n", "dang ky 1 ket hon")]
    [InlineData("16h rồi còn nhận không", "16h roi con nhan khong")]
    [InlineData("nộp lúc 15h30 kịp k", "nop luc 15h30 kip k")]
    [InlineData("thu2 co lam ko", "thu 2 co lam ko")]
    [InlineData("cccd", "cccd")]
    [InlineData("dạaaa", "da")]
    [InlineData("cho hỏi 🙏 khai tử", "cho hoi khai tu")]
    [InlineData("đk.kết hôn", "dk ket hon")]
    [InlineData("ket-hon", "ket hon")]
    [InlineData("hoà thuỷ khoẻ", "hoa thuy khoe")]
    [InlineData("thứ 7 có làm không", "thu 7 co lam khong")]
    [InlineData("t7", "t7")]
    [InlineData("năm 2026", "nam 2026")]
    public void Fold_reads_every_way_of_typing_the_same_words(string typed, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(typed));

    [Fact]
    public void Fold_treats_decomposed_unicode_like_composed()
    {
        var composed = "Rất hài lòng";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(composed.Length, decomposed.Length);
        Assert.Equal(TextFolding.Fold(composed), TextFolding.Fold(decomposed));
    }

    [Fact]
    public void Fold_of_nothing_but_symbols_is_empty() => Assert.Equal("", TextFolding.Fold("!!! ??? 🙏🙏"));

    [Fact]
    public void Chat_text_expands_shorthand_word_by_word()
    {
        var chat = new ChatText(new Dictionary<string, string> { ["dkkh"] = "dang ky ket hon", ["bn"] = "bao nhieu", ["ko"] = "khong" });
        Assert.Equal(["dang", "ky", "ket", "hon", "bao", "nhieu", "khong"], chat.Words("đkkh bn ko"));
    }
}
