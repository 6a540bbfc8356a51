using OneStop.Domain.Content;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>Makes a report for a period from the stored answers: the same for /baocao and for the terminal's `report`.</summary>
internal sealed class SurveyReports(SurveyAnswerStore answers, TicketBook tickets, SurveyForm form, ContentCatalog content)
{
    public ReportBundle Make(ReportPeriod period)
    {
        var report = SurveyReport.Build(form, answers.In(period), period);
        return new ReportBundle(
            report,
            ReportText.Build(report, content, tickets.Count(period)),
            ReportChart.Png(report, Domain.Calendar.VietnameseDates.Weekday(content.Office.SameDayWeekday)),
            ReportWorkbook.Xlsx(report, form, content));
    }
}
