using System.Globalization;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>The three forms of one report: the message, the chart (PNG) and the spreadsheet (XLSX).</summary>
internal sealed record ReportBundle(SurveyReport Report, string Text, byte[] ChartPng, byte[] WorkbookXlsx)
{
    /// <summary>"bao-cao-khao-sat-2026-11-01-den-2026-11-30": a file name that sorts by date and needs no quoting.</summary>
    public string FileStem => string.Create(CultureInfo.InvariantCulture, $"bao-cao-khao-sat-{Report.Period.From:yyyy-MM-dd}-den-{Report.Period.To:yyyy-MM-dd}");
}
