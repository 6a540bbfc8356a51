using OneStop.Domain.Understanding;

namespace OneStop.Bot.Tests.Understanding;

/// <summary>Readings that once went wrong (issue 10's defects), on the real content: each guards its class of message.</summary>
public class MessageReaderTests
{
    private static readonly MessageReader Reader = new(Support.Content.Real);

    private static string[] Read(string text, string? onScreen = null) =>
        Reader.Read(text, new DialogueContext(onScreen)).Requests.Select(r => r.Label).ToArray();

    [Theory]
    [InlineData("má em mới mất, giờ em phải làm giấy tờ gì")]
    [InlineData("ba tui moi mat dem qua, gio phai lam sao")]
    public void Giờ_meaning_now_is_not_a_question_about_hours_and_grief_comes_first(string text)
    {
        var read = Read(text);

        Assert.Equal("sorrow", read[0]);
        Assert.Contains(read, l => l.EndsWith(":khai-tu", StringComparison.Ordinal));
        Assert.DoesNotContain("hours", read);
    }

    [Theory]
    [InlineData("thu tu tuan sau la ngay may")]
    [InlineData("thứ 4 tuần sau là ngày mấy")]
    public void Unaccented_thu_tu_is_Wednesday_not_a_procedure(string text) => Assert.Equal(["day"], Read(text));

    [Theory]
    [InlineData("ban sao trich luc ket hon")]
    [InlineData("xin bản sao giấy chứng tử của ba")]
    [InlineData("xin lai ban sao giay khai sinh")]
    public void A_copy_of_an_extract_is_one_procedure(string text) =>
        Assert.All(Read(text), l => Assert.EndsWith(":ban-sao-trich-luc", l, StringComparison.Ordinal));

    [Theory]
    [InlineData("ở đâu", "place:khai-tu")]
    [InlineData("mất bao lâu", "duration:khai-tu")]
    [InlineData("vợ tui nộp thay được không", "in_person:khai-tu")]
    public void A_short_follow_up_refers_to_the_card_on_screen(string text, string expected) => Assert.Contains(expected, Read(text, "khai-tu"));

    [Theory]
    [InlineData("chung thuc 10 trang photo het bao nhieu tien")]
    [InlineData("chứng thực mấy bản photo căn cước mất bao lâu")]
    public void A_bare_chung_thuc_with_photocopies_is_a_certified_copy(string text) =>
        Assert.Contains(Read(text), l => l.EndsWith(":chung-thuc-ban-sao", StringComparison.Ordinal));

    [Theory]
    [InlineData("toi muon cong chung cai hop dong mua ban xe may thi lam o dau")]
    [InlineData("công chứng hợp đồng tặng cho đất ở xã được không")]
    public void Certifying_a_contract_is_the_contract_topic_not_a_copy_nor_a_vehicle(string text) =>
        Assert.Equal(["topic:hop-dong"], Read(text));

    [Fact]
    public void Unaccented_co_mat_next_to_a_death_is_a_death_not_being_present() =>
        Assert.DoesNotContain("in_person:khai-tu", Read("chong co mat tuan truoc, co muon lam giay chung tu ma co khong biet chu"));

    [Theory]
    [InlineData("16h roi con nhan ho so khong")]
    [InlineData("giờ này còn nhận hồ sơ hông")]
    public void Ho_so_khong_is_not_a_land_title(string text) => Assert.DoesNotContain("topic:dat-dai", Read(text));

    [Theory]
    [InlineData("so hong bi mat lam lai o dau")]
    [InlineData("sổ hồng làm ở đâu")]
    public void So_hong_is_a_land_title(string text) => Assert.Contains("topic:dat-dai", Read(text));

    [Fact]
    public void A_copy_of_a_contract_is_a_certified_copy() =>
        Assert.Contains("fee:chung-thuc-ban-sao", Read("sao y hợp đồng lao động 2 bản hết bao nhiêu"));

    [Fact]
    public void Cancelling_a_marriage_registration_is_not_an_opt_out() => Assert.DoesNotContain("unsubscribe", Read("hủy đăng ký kết hôn"));

    [Theory]
    [InlineData("thôi đừng gửi tin nữa")]
    [InlineData("khong nhan thong bao nua nha")]
    [InlineData("STOP")]
    [InlineData("bỏ đăng ký")]
    public void Opt_out_in_any_words(string text) => Assert.Contains("unsubscribe", Read(text));

    [Theory]
    [InlineData("ok")]
    [InlineData("dạ")]
    [InlineData("tks")]
    [InlineData("cảm ơn em nhiều")]
    public void Thanks_and_ok_are_acknowledgements(string text) => Assert.Equal(["ack"], Read(text));

    [Theory]
    [InlineData("cho gặp cán bộ")]
    [InlineData("muon hoi truc tiep can bo")]
    public void Asking_for_a_person_is_a_handover(string text) => Assert.Contains("handover", Read(text));

    [Theory]
    [InlineData("khai tuwr can gif")]
    [InlineData("dangw kys keets hoon")]
    [InlineData("ke61t ho6n ca62n gi2")]
    public void Telex_and_VNI_leftovers_are_read(string text) => Assert.Contains(Read(text), l => l.Contains(':', StringComparison.Ordinal));

    [Fact]
    public void A_clock_time_asks_about_the_cut_off() => Assert.Contains("cutoff:ket-hon", Read("chiều nay 3 rưỡi ra đăng ký kết hôn còn kịp không"));

    [Fact]
    public void A_topic_named_with_a_procedure_is_what_it_is_about() => Assert.DoesNotContain(Read("sao y sổ đỏ được không"), l => l.StartsWith("topic", StringComparison.Ordinal));
}
