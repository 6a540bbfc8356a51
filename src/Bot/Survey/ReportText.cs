using System.Globalization;
using System.Text;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>The report as a staff message: counts, the share of each answer per question, the comparisons, the comments.</summary>
internal static class ReportText
{
    // Telegram shows 4096 characters a message; the spreadsheet has every comment.
    private const int CommentsShown = 15;

    public static string Build(SurveyReport report, ContentCatalog content, (int Issued, int Used) tickets)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(content);
        var text = new StringBuilder();
        text.Append("📊 KHẢO SÁT SỰ HÀI LÒNG\n").Append("🗓 ").Append(report.Period).Append("\n\n");
        if (report.Total == 0)
        {
            text.Append("Chưa có câu trả lời nào trong thời gian này.\n");
            AppendTickets(text, tickets);
            return text.ToString().TrimEnd();
        }

        text.Append(Inv($"Số người trả lời: {report.Total} ({report.Complete} trả lời hết, {report.Total - report.Complete} dừng giữa chừng)\n"));
        text.Append(Inv($"• Có phiếu phát tại quầy: {report.Verified} · Không phiếu (chưa xác thực): {report.Total - report.Verified}\n"));
        AppendTickets(text, tickets);
        text.Append('\n');

        for (var i = 0; i < report.Questions.Count; i++)
        {
            var question = report.Questions[i];
            var criterion = question.Criterion is { } n ? Inv($" [tiêu chí {n}]") : "";
            text.Append(Inv($"{i + 1}. {question.Title}{criterion} ({question.Answered} trả lời)\n   {Shares(question)}\n"));
        }

        text.Append("\n🎫 Hài lòng chung, có phiếu: ").Append(Line(report.VerifiedOverall))
            .Append("\n   không phiếu: ").Append(Line(report.UnverifiedOverall));
        text.Append("\n📅 Hài lòng chung, ngày “không viết, không hẹn”: ").Append(Line(report.SameDayOverall))
            .Append("\n   ngày khác: ").Append(Line(report.OtherDaysOverall)).Append("\n\n");

        text.Append("📋 Theo thủ tục (tỷ lệ hài lòng chung):\n");
        foreach (var procedure in report.Procedures)
        {
            text.Append("• ").Append(Name(content, procedure.ProcedureId)).Append(Inv($": {procedure.Responses} người, {Line(procedure.Overall)}\n"));
        }

        text.Append(Inv($"\n💬 Góp ý ({report.Comments.Count}):\n"));
        foreach (var comment in report.Comments.TakeLast(CommentsShown))
        {
            text.Append("• ").Append(VietnameseDates.Short(comment.Day)).Append(" · ").Append(Name(content, comment.ProcedureId))
                .Append(": “").Append(comment.Text.ReplaceLineEndings(" ")).Append("”\n");
        }

        if (report.Comments.Count > CommentsShown)
        {
            text.Append(Inv($"… và {report.Comments.Count - CommentsShown} góp ý khác trong tệp Excel.\n"));
        }

        return text.ToString().TrimEnd();
    }

    public static string Percent(double share) => Inv($"{Math.Round(share * 100, MidpointRounding.AwayFromZero):0}%");

    public static string Name(ContentCatalog content, string? procedureId) =>
        procedureId is null ? "Không rõ thủ tục" : content.FindProcedure(procedureId)?.ShortName ?? procedureId;

    private static string Shares(QuestionTally question) =>
        string.Join(" · ", question.Options.Select(o => $"{o.Label} {Percent(question.Share(o))}"));

    private static string Line(QuestionTally overall) =>
        overall.Answered == 0 ? "chưa có" : Inv($"{Percent(overall.Satisfied)} hài lòng (n={overall.Answered})");

    private static void AppendTickets(StringBuilder text, (int Issued, int Used) tickets)
    {
        if (tickets.Issued > 0)
        {
            text.Append(Inv($"• Phiếu đã phát cho ngày trong kỳ: {tickets.Issued}, đã dùng: {tickets.Used}\n"));
        }
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
