using ClosedXML.Excel;
using OneStop.Bot.Storage;
using OneStop.Bot.Survey;
using OneStop.Bot.Tests.Support;
using OneStop.Domain.Survey;
using SkiaSharp;

namespace OneStop.Bot.Tests.Survey;

/// <summary>The report's message, chart and spreadsheet on known answers; the files are opened again and checked.</summary>
public sealed class ReportFilesTests : IDisposable
{
    private static readonly ReportPeriod November = ReportPeriod.Month(2026, 11);
    private readonly TempFolder _temp = new();
    private readonly BotDatabase _db;
    private readonly SurveyForm _form = SurveyContent.LoadOrThrow(Repository.Content);

    public ReportFilesTests()
    {
        _db = new BotDatabase(_temp.File("onestop.db"));
        var wednesday = new DateOnly(2026, 11, 25);
        Save("r1", true, "ket-hon", wednesday, true, null, ("overall", "rat-hai-long"), ("on-time", "som-hen"), ("contacts", "mot-lan"), ("attitude", "rat-hai-long"), ("forms-written", "co"), ("same-day-result", "co"));
        Save("r2", true, "ket-hon", wednesday, true, "Phải chờ hơi lâu.", ("overall", "hai-long"), ("on-time", "dung-hen"), ("contacts", "hai-lan"), ("attitude", "hai-long"), ("forms-written", "tu-viet"), ("same-day-result", "xac-minh"));
        Save("r3", true, "khai-tu", new DateOnly(2026, 11, 17), false, null, ("overall", "hai-long"), ("on-time", "dung-hen"), ("contacts", "mot-lan"), ("attitude", "rat-hai-long"));
        Save("r4", false, null, null, null, "Nên có chỗ ngồi chờ.", ("overall", "khong-hai-long"), ("on-time", "tre-hen"));
        Save("r5", true, "ket-hon", new DateOnly(2026, 12, 2), true, null, ("overall", "khong-hai-long"));
    }

    [Fact]
    public void The_message_gives_counts_shares_comparisons_and_comments()
    {
        var text = Make().Text;

        Assert.Contains("01/11/2026 – 30/11/2026", text);
        Assert.Contains("Số người trả lời: 4 (3 trả lời hết, 1 dừng giữa chừng)", text);
        Assert.Contains("Có phiếu phát tại quầy: 3 · Không phiếu (chưa xác thực): 1", text);
        Assert.Contains("Rất hài lòng 25% · Hài lòng 50% · Không hài lòng 25%", text);
        Assert.Contains("ngày “không viết, không hẹn”: 100% hài lòng (n=2)", text);
        Assert.Contains("• Kết hôn: 2 người, 100% hài lòng (n=2)", text);
        Assert.Contains("• Không rõ thủ tục: 1 người, 0% hài lòng (n=1)", text);
        Assert.Contains("“Nên có chỗ ngồi chờ.”", text);
        Assert.DoesNotContain("02/12/2026", text);
    }

    [Fact]
    public void The_chart_is_a_picture_with_text_and_a_bar_per_question()
    {
        var png = Make().ChartPng;
        File.WriteAllBytes(_temp.File("chart.png"), png);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(ReportChart.Width, bitmap.Width);
        // With no font the labels would be missing without an error: the label column must have ink.
        Assert.True(Dark(bitmap, 0, 380, 60, bitmap.Height - 120) > 2000, "the question labels were not drawn");
        Assert.True(Count(bitmap, new SKColor(0x2E, 0x7D, 0x32)) > 10_000, "no 'good' bars");
        Assert.True(Count(bitmap, new SKColor(0xC6, 0x28, 0x28)) > 5_000, "no 'poor' bars");
    }

    [Fact]
    public void The_spreadsheet_has_the_anonymous_answers_and_the_points_per_criterion()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Make().WorkbookXlsx));

        var answers = workbook.Worksheet(ReportWorkbook.AnswersSheet);
        Assert.Equal(5, answers.LastRowUsed().RowNumber());
        var headers = answers.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("Điểm tiêu chí 1", headers);
        Assert.DoesNotContain(headers, h => h.Contains("chat", StringComparison.OrdinalIgnoreCase) || h.Contains("Telegram", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("r3 r4 r1 r2", string.Join(" ", answers.Column(1).CellsUsed().Skip(1).Select(c => c.GetString())));
        var first = answers.Row(4);
        Assert.Equal(new DateTime(2026, 11, 25), first.Cell(2).GetDateTime());
        Assert.Equal("Kết hôn", first.Cell(5).GetString());
        var onTimePoints = headers.IndexOf("Điểm tiêu chí 1") + 1;
        Assert.Equal(2, first.Cell(onTimePoints).GetValue<int>());
        Assert.Equal("Sớm hơn hẹn", first.Cell(onTimePoints - 1).GetString());
        Assert.Equal("Nên có chỗ ngồi chờ.", answers.Cell(3, headers.Count).GetString());
        Assert.Equal("Không rõ", answers.Cell(3, 6).GetString());

        var criteria = workbook.Worksheet(ReportWorkbook.CriteriaSheet);
        var time = criteria.RowsUsed().First(r => r.Cell(1).GetString() == "1");
        Assert.Equal(4, time.Cell(3).GetValue<int>());     // answers
        Assert.Equal(1, time.Cell(4).GetValue<int>());     // 2 points
        Assert.Equal(2, time.Cell(5).GetValue<int>());     // 1 point
        Assert.Equal(1, time.Cell(6).GetValue<int>());     // 0 points
        Assert.Equal(4, time.Cell(7).GetValue<int>());     // total
        Assert.Equal(1.0, time.Cell(8).GetValue<double>());
        Assert.Equal(3, time.Cell(9).GetValue<int>());     // verified answers
        Assert.Contains("Thông tư 01/2018/TT-VPCP", time.Cell(11).GetString());
        var unmeasured = criteria.RowsUsed().First(r => r.Cell(1).GetString() == "9");
        Assert.Equal(0, unmeasured.Cell(3).GetValue<int>());
        Assert.Contains("không hỏi", unmeasured.Cell(11).GetString());
        var share = criteria.RowsUsed().First(r => r.Cell(1).GetString() == "Mức độ hài lòng chung" && r.Cell(2).GetString() == "Hài lòng");
        Assert.Equal(2, share.Cell(3).GetValue<int>());
        Assert.Equal(0.5, share.Cell(4).GetValue<double>());
    }

    [Fact]
    public void An_empty_period_says_so()
    {
        var bundle = new SurveyReports(new SurveyAnswerStore(_db), new TicketBook(_db), _form, Support.Content.Real).Make(ReportPeriod.Month(2025, 1));

        Assert.Equal(0, bundle.Report.Total);
        Assert.Contains("Chưa có câu trả lời", bundle.Text);
    }

    public void Dispose()
    {
        _db.Dispose();
        _temp.Dispose();
    }

    private ReportBundle Make() => new SurveyReports(new SurveyAnswerStore(_db), new TicketBook(_db), _form, Support.Content.Real).Make(November);

    private void Save(string id, bool verified, string? procedure, DateOnly? visit, bool? sameDay, string? comment, params (string Question, string Option)[] answers)
    {
        var stored = answers.Select(a =>
        {
            var question = _form.Find(a.Question)!;
            var option = question.Find(a.Option)!;
            return new SurveyAnswer(question.Id, option.Id, option.Plain, question.Criterion, option.Points, option.Tone);
        }).ToList();
        var response = new SurveyResponse(id, verified, procedure, visit, sameDay, visit ?? new DateOnly(2026, 11, 20), stored, comment, Complete: answers.Length >= 4);
        SurveyAnswerStore.Save(_db, response);
    }

    private static int Dark(SKBitmap bitmap, int left, int right, int top, int bottom)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                count += pixel.Red + pixel.Green + pixel.Blue < 300 ? 1 : 0;
            }
        }

        return count;
    }

    private static int Count(SKBitmap bitmap, SKColor colour)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                count += Math.Abs(pixel.Red - colour.Red) + Math.Abs(pixel.Green - colour.Green) + Math.Abs(pixel.Blue - colour.Blue) < 12 ? 1 : 0;
            }
        }

        return count;
    }
}
