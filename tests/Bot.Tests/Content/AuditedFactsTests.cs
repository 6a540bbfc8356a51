using OneStop.Bot.Tests.Support;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;

namespace OneStop.Bot.Tests.Content;

/// <summary>The facts an audit against the legal texts found wrong or risky (issue 13), pinned so they stay right.</summary>
public class AuditedFactsTests
{
    private static ContentCatalog Real => Support.Content.Real;

    [Fact]
    public void The_2026_calendar_has_the_swapped_days_of_january_and_august()
    {
        var calendar = Real.Calendar;
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 1, 2)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 1, 10)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 8, 31)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 8, 22)));
    }

    [Fact]
    public void A_signature_on_a_power_of_attorney_is_said_as_the_decree_says_it()
    {
        var signature = Real.FindProcedure("chung-thuc-chu-ky")!;
        var note = Assert.Single(signature.Notes, n => n.Source.Contains("Điều 24 khoản 4 điểm d", StringComparison.Ordinal));
        Assert.Contains("không có nghĩa vụ bồi thường", note.Text, StringComparison.Ordinal);
        Assert.Contains("quyền sử dụng bất động sản", note.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("quyền sử dụng đất", note.Text, StringComparison.Ordinal);
        var question = signature.Checklist!.Find("la-giay-uy-quyen")!;
        Assert.Contains("không có nghĩa vụ bồi thường", question.Ask, StringComparison.Ordinal);
        Assert.Contains("bất động sản", question.Ask, StringComparison.Ordinal);
    }

    [Fact]
    public void The_forbidden_marriages_name_the_relations_of_the_law()
    {
        var note = Assert.Single(Real.FindProcedure("ket-hon")!.Notes, n => n.Source.Contains("Điều 5 khoản 2", StringComparison.Ordinal));
        foreach (var relation in new[] { "cha, mẹ nuôi với con nuôi", "cha dượng với con riêng của vợ", "mẹ kế với con riêng của chồng", "cha chồng với con dâu", "mẹ vợ với con rể" })
        {
            Assert.Contains(relation, note.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("nuôi dưỡng", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_death_notice_names_the_police_for_an_accident_and_the_late_fee_is_only_possible()
    {
        var death = Real.FindProcedure("khai-tu")!;
        var notice = Assert.Single(death.Documents, d => d.Fact.Source.Contains("Nghị định 123/2015/NĐ-CP Điều 4 khoản 2", StringComparison.Ordinal));
        Assert.Contains("tai nạn", notice.Where!, StringComparison.Ordinal);
        Assert.Contains("cơ quan công an", notice.Where!, StringComparison.Ordinal);
        Assert.Contains("thi hành án tử hình", notice.Where!, StringComparison.Ordinal);
        Assert.Contains("có thể có lệ phí", death.Fee.Text, StringComparison.Ordinal);
        Assert.Equal(OnlineLevel.Unstated, death.Online.Level);
    }

    [Fact]
    public void An_original_is_refused_only_for_an_improper_correction()
    {
        var copies = Real.FindProcedure("chung-thuc-ban-sao")!;
        var note = Assert.Single(copies.Notes, n => n.Source.Contains("Điều 22", StringComparison.Ordinal));
        Assert.Contains("tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_source_cites_a_file_outside_the_repository_and_no_text_says_chung_toi()
    {
        var facts = Real.Office.Facts().Concat(Real.Procedures.SelectMany(p => p.Facts())).Concat(Real.Topics.OutOfScope.Select(t => t.Fact));
        Assert.All(facts, f =>
        {
            Assert.DoesNotContain("reference.md", f.Source, StringComparison.Ordinal);
            Assert.DoesNotContain("chúng tôi", f.Text, StringComparison.OrdinalIgnoreCase);
        });
        Assert.DoesNotContain("PVHCC", Real.Office.ShortName, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Repository.Content, "SOURCES.md")));
    }

    [Fact]
    public void Validate_rejects_an_office_voice_and_a_source_outside_the_repository()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var office = Path.Combine(content, "office.yaml");
        var text = File.ReadAllText(office)
            .Replace("Em chưa có địa chỉ", "Chúng tôi chưa có địa chỉ", StringComparison.Ordinal)
            .Replace("source: \"Nghị định 69/2024/NĐ-CP (từ", "source: \"reference.md §E; Nghị định 69/2024/NĐ-CP (từ", StringComparison.Ordinal);
        File.WriteAllText(office, text);

        var (catalog, problems) = Support.Content.Load(content);

        Assert.Null(catalog);
        Assert.Contains(problems, p => p.Where.File == "office.yaml" && p.What.Contains("chúng tôi", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where.File == "office.yaml" && p.What.Contains("reference.md", StringComparison.Ordinal));
    }
}
