using System.Text;
using OneStop.Domain.Checklist;

namespace OneStop.Domain.Tests.Checklist;

public class ChecklistPressTests
{
    private const string LongestId = "abcdefghij-abcdefghij-abcdefgh";

    public static TheoryData<string, ChecklistPress> Made() => new()
    {
        { ChecklistPress.Open("ket-hon"), new ChecklistPress(ChecklistPressKind.Open, "ket-hon") },
        { ChecklistPress.Pick(), new ChecklistPress(ChecklistPressKind.Pick) },
        { ChecklistPress.AnswerAt("ket-hon", 7, ChecklistAnswer.No), new ChecklistPress(ChecklistPressKind.Answer, "ket-hon", 7, ChecklistAnswer.No) },
        { ChecklistPress.Back("khai-tu"), new ChecklistPress(ChecklistPressKind.Back, "khai-tu") },
        { ChecklistPress.Again("khai-tu"), new ChecklistPress(ChecklistPressKind.Again, "khai-tu") },
        { ChecklistPress.Pages("chung-thuc-ban-sao", 12), new ChecklistPress(ChecklistPressKind.Pages, "chung-thuc-ban-sao", 12) },
        { ChecklistPress.Copies("chung-thuc-ban-sao", 2), new ChecklistPress(ChecklistPressKind.Copies, "chung-thuc-ban-sao", 2) },
    };

    [Theory]
    [MemberData(nameof(Made))]
    public void What_we_make_reads_back(string payload, ChecklistPress expected)
    {
        Assert.True(ChecklistPress.TryParse(payload, out var press));
        Assert.Equal(expected, press);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ck")]
    [InlineData("ck:")]
    [InlineData("ck:_:x")]
    [InlineData("rm:ket-hon")]
    [InlineData("ck:ket-hon:a:1:maybe")]
    [InlineData("ck:ket-hon:a:-1:y")]
    [InlineData("ck:ket-hon:a:99999999999:y")]
    [InlineData("ck:ket-hon:p:0")]
    [InlineData("ck:ket-hon:p:2001")]
    [InlineData("ck:ket-hon:c:201")]
    [InlineData("ck:ket-hon:p:+3")]
    [InlineData("ck:ket-hon:delete")]
    [InlineData("ck:kết-hôn")]
    [InlineData("ck:ket hon")]
    public void Forged_payloads_are_refused(string payload) => Assert.False(ChecklistPress.TryParse(payload, out _));

    [Fact]
    public void A_payload_longer_than_Telegram_allows_is_refused() =>
        Assert.False(ChecklistPress.TryParse("ck:" + new string('a', 62), out _));

    [Fact]
    public void Every_payload_fits_telegrams_limit_even_for_the_longest_procedure_id()
    {
        string[] payloads =
        [
            ChecklistPress.Open(LongestId), ChecklistPress.AnswerAt(LongestId, 999, ChecklistAnswer.Yes), ChecklistPress.Back(LongestId),
            ChecklistPress.Again(LongestId), ChecklistPress.Pages(LongestId, CopyFee.MaxPages), ChecklistPress.Copies(LongestId, CopyFee.MaxCopies),
        ];
        Assert.All(payloads, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 64, p));
        Assert.All(payloads, p => Assert.True(ChecklistPress.TryParse(p, out _), p));
    }
}
