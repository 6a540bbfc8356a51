using OneStop.Domain.Checklist;
using OneStop.Domain.Text;

namespace OneStop.Domain.Tests.Checklist;

public class TypedChecklistAnswerTests
{
    // Words arrive folded and with chat shorthand expanded ("ko" → "khong", "r" → "roi") by the engine.
    [Theory]
    [InlineData("có")]
    [InlineData("Có ạ")]
    [InlineData("dạ có")]
    [InlineData("rồi")]
    [InlineData("có rồi em")]
    [InlineData("da roi a")]
    [InlineData("đã đăng ký rồi ạ")]
    [InlineData("OK")]
    [InlineData("phải")]
    [InlineData("có, ba mất ở nhà")]
    public void Yes(string typed) => Assert.Equal(ChecklistAnswer.Yes, TypedChecklistAnswer.YesOrNo(TextFolding.Words(typed)));

    [Theory]
    [InlineData("không")]
    [InlineData("khong co")]
    [InlineData("chưa")]
    [InlineData("chưa có ạ")]
    [InlineData("dạ chưa")]
    [InlineData("chưa đăng ký")]
    [InlineData("không phải")]
    [InlineData("không, con đi nộp")]
    [InlineData("không có giấy báo tử")]
    public void No(string typed) => Assert.Equal(ChecklistAnswer.No, TypedChecklistAnswer.YesOrNo(TextFolding.Words(typed)));

    [Theory]
    [InlineData("không biết")]
    [InlineData("chưa rõ lắm")]
    [InlineData("kết hôn cần gì")]
    [InlineData("abc")]
    [InlineData("")]
    public void Not_an_answer(string typed) => Assert.Null(TypedChecklistAnswer.YesOrNo(TextFolding.Words(typed)));

    [Theory]
    [InlineData("3", 3)]
    [InlineData("12 trang", 12)]
    [InlineData("khoảng 5 bản", 5)]
    [InlineData("hai bản", 2)]
    [InlineData("ba", 3)]
    [InlineData("0", 0)]
    [InlineData("99999999999999999999999", long.MaxValue)]
    public void Numbers(string typed, long expected) => Assert.Equal(expected, TypedChecklistAnswer.Number(typed, TextFolding.Words(typed)));

    [Theory]
    [InlineData("3 trang 2 bản")]
    [InlineData("kết hôn")]
    [InlineData("có")]
    [InlineData("")]
    public void Not_one_number(string typed) => Assert.Null(TypedChecklistAnswer.Number(typed, TextFolding.Words(typed)));
}
