using OneStop.Bot.Staff;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// /baocao [MM/yyyy | dd/MM/yyyy | dd/MM/yyyy-dd/MM/yyyy]: the survey report for the current month or the period
/// given, as a message, a chart and a spreadsheet, through the outbox.
/// </summary>
internal sealed class BaoCaoCommand(
    SurveyReports reports,
    ConversationOptions conversation,
    StaffChat chat,
    TimeProvider time) : IStaffCommand
{
    public string Name => "baocao";

    public string? PayloadPrefix => null;

    public bool Awaits(string memberKey) => false;

    public async Task HandleAsync(StaffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), conversation.Zone).DateTime);
        if (!ReportPeriod.TryParse(request.Argument, today, out var period))
        {
            await chat.SayAsync(
                request.Chat,
                $"Dạ, em chưa hiểu “{request.Argument}” ạ.\nCách dùng: /baocao (tháng này), /baocao 11/2026 (một tháng), /baocao 02/12/2026 (một ngày) hoặc /baocao 01/11/2026-30/11/2026.",
                cancellationToken);
            return;
        }

        // Drawing and writing the files is CPU work of a second or two: off the thread that handles updates.
        var bundle = await Task.Run(() => reports.Make(period), cancellationToken);
        // The channel splits a long text into the messages it accepts.
        await chat.SayAsync(request.Chat, bundle.Text, cancellationToken);
        if (bundle.Report.Total == 0)
        {
            return;
        }

        await chat.SendFileAsync(request.Chat, $"{bundle.FileStem}.png", bundle.ChartPng, asPhoto: true, "Biểu đồ tỷ lệ câu trả lời");
        await chat.SendFileAsync(request.Chat, $"{bundle.FileStem}.xlsx", bundle.WorkbookXlsx, asPhoto: false, "Bảng tính: câu trả lời ẩn danh và điểm theo tiêu chí");
    }
}
