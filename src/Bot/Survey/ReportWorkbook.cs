using ClosedXML.Excel;
using OneStop.Domain.Content;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// The report as a spreadsheet: "Câu trả lời", one anonymous row per survey, and "Theo tiêu chí", the points per
/// evaluation criterion (with where each scoring comes from) and the share of each answer per question.
/// Column widths are set by hand: ClosedXML's AdjustToContents needs libgdiplus (stack-notes.md).
/// </summary>
internal static class ReportWorkbook
{
    public const string AnswersSheet = "Câu trả lời";
    public const string CriteriaSheet = "Theo tiêu chí";

    public static byte[] Xlsx(SurveyReport report, SurveyForm form, ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(content);
        using var workbook = new XLWorkbook();
        Answers(workbook.Worksheets.Add(AnswersSheet), report, form, content);
        Criteria(workbook.Worksheets.Add(CriteriaSheet), report, form);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Answers(IXLWorksheet sheet, SurveyReport report, SurveyForm form, ContentCatalog content)
    {
        var headers = new List<string> { "Mã (ngẫu nhiên)", "Ngày tính", "Ngày đến", "Ngày trả lời", "Thủ tục", $"{Domain.Calendar.VietnameseDates.Weekday(content.Office.SameDayWeekday)} không viết, không hẹn", "Có phiếu", "Trả lời hết" };
        foreach (var question in form.Questions)
        {
            headers.Add(question.Title);
            if (question.Criterion is { } criterion)
            {
                headers.Add($"Điểm tiêu chí {criterion}");
            }
        }

        headers.Add("Góp ý");
        Header(sheet, 1, headers);
        var row = 2;
        foreach (var response in report.Responses)
        {
            var column = 1;
            sheet.Cell(row, column++).Value = response.Id;
            Date(sheet.Cell(row, column++), response.ReportDay);
            if (response.VisitDate is { } visit)
            {
                Date(sheet.Cell(row, column), visit);
            }

            column++;
            Date(sheet.Cell(row, column++), response.AnsweredOn);
            sheet.Cell(row, column++).Value = ReportText.Name(content, response.ProcedureId);
            sheet.Cell(row, column++).Value = response.SameDay switch { true => "Có", false => "Không", null => "Không rõ" };
            sheet.Cell(row, column++).Value = response.Verified ? "Có" : "Không";
            sheet.Cell(row, column++).Value = response.Complete ? "Có" : "Không";
            foreach (var question in form.Questions)
            {
                var answer = response.AnswerTo(question.Id);
                sheet.Cell(row, column++).Value = answer?.Label ?? "";
                if (question.Criterion is not null)
                {
                    if (answer?.Points is { } points)
                    {
                        sheet.Cell(row, column).Value = points;
                    }

                    column++;
                }
            }

            sheet.Cell(row, column).Value = response.Comment ?? "";
            sheet.Cell(row, column).Style.Alignment.WrapText = true;
            row++;
        }

        for (var column = 1; column <= headers.Count; column++)
        {
            sheet.Column(column).Width = column == headers.Count ? 60 : headers[column - 1].StartsWith("Điểm", StringComparison.Ordinal) ? 10 : 18;
        }

        sheet.SheetView.FreezeRows(1);
    }

    private static void Criteria(IXLWorksheet sheet, SurveyReport report, SurveyForm form)
    {
        sheet.Cell(1, 1).Value = $"Điểm theo tiêu chí đánh giá, {report.Period}: {report.Total} người trả lời, {report.Verified} có phiếu";
        sheet.Cell(2, 1).Value = $"Nguồn: {form.CriteriaSource.Source}. Kiểm tra cột “Cách cho điểm” trước khi chép sang bảng chính thức.";
        string[] headers = ["Tiêu chí", "Nội dung", "Số câu trả lời", "2 điểm", "1 điểm", "0 điểm", "Tổng điểm", "Điểm trung bình (0–2)", "Có phiếu: số câu", "Có phiếu: điểm trung bình", "Cách cho điểm"];
        Header(sheet, 4, headers);
        var row = 5;
        foreach (var tally in report.Criteria)
        {
            var verified = report.VerifiedCriteria.First(c => c.Number == tally.Number);
            var questions = form.Questions.Where(q => q.Criterion == tally.Number).ToList();
            sheet.Cell(row, 1).Value = tally.Number;
            sheet.Cell(row, 2).Value = tally.Name;
            sheet.Cell(row, 3).Value = tally.Answers;
            sheet.Cell(row, 4).Value = tally.TwoPoints;
            sheet.Cell(row, 5).Value = tally.OnePoint;
            sheet.Cell(row, 6).Value = tally.ZeroPoints;
            sheet.Cell(row, 7).Value = tally.Points;
            Average(sheet.Cell(row, 8), tally.Average);
            sheet.Cell(row, 9).Value = verified.Answers;
            Average(sheet.Cell(row, 10), verified.Average);
            sheet.Cell(row, 11).Value = questions.Count == 0
                ? "Khảo sát này không hỏi tiêu chí này."
                : string.Join(" ", questions.Select(q => $"{q.Title}: {q.Mapping.Text} (nguồn: {q.Mapping.Source})"));
            sheet.Row(row).Style.Alignment.WrapText = true;
            row++;
        }

        row += 1;
        sheet.Cell(row, 1).Value = "Tỷ lệ từng câu trả lời";
        sheet.Cell(row, 1).Style.Font.Bold = true;
        Header(sheet, ++row, ["Câu hỏi", "Câu trả lời", "Số người", "Tỷ lệ"]);
        foreach (var question in report.Questions)
        {
            foreach (var option in question.Options)
            {
                row++;
                sheet.Cell(row, 1).Value = question.Title;
                sheet.Cell(row, 2).Value = option.Label;
                sheet.Cell(row, 3).Value = option.Count;
                sheet.Cell(row, 4).Value = question.Share(option);
                sheet.Cell(row, 4).Style.NumberFormat.Format = "0%";
            }
        }

        double[] widths = [10, 50, 12, 9, 9, 9, 11, 14, 12, 14, 70];
        for (var column = 1; column <= widths.Length; column++)
        {
            sheet.Column(column).Width = widths[column - 1];
        }
    }

    private static void Header(IXLWorksheet sheet, int row, IReadOnlyList<string> headers)
    {
        for (var column = 1; column <= headers.Count; column++)
        {
            var cell = sheet.Cell(row, column);
            cell.Value = headers[column - 1];
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8F5E9");
        }
    }

    private static void Date(IXLCell cell, DateOnly day)
    {
        cell.Value = day.ToDateTime(TimeOnly.MinValue);
        cell.Style.DateFormat.Format = "dd/MM/yyyy";
    }

    private static void Average(IXLCell cell, double? average)
    {
        if (average is { } value)
        {
            cell.Value = Math.Round(value, 2);
            cell.Style.NumberFormat.Format = "0.00";
        }
    }
}
