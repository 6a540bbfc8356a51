using Microsoft.Extensions.Options;
using OneStop.Bot.Staff;
using OneStop.Bot.Telegram;
using OneStop.Domain.Conversation;
using OneStop.Domain.Survey;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace OneStop.Bot.Survey;

/// <summary>
/// /baocao [MM/yyyy | dd/MM/yyyy | dd/MM/yyyy-dd/MM/yyyy]: the survey report for the current month or the period
/// given, as a message, a chart and a spreadsheet.
/// </summary>
internal sealed class BaoCaoCommand(
    SurveyReports reports,
    ConversationOptions conversation,
    ITelegramBotClient bot,
    TimeProvider time) : IStaffCommand
{
    public string Name => "baocao";

    public string? PayloadPrefix => null;

    public bool Awaits(long telegramUserId) => false;

    public async Task HandleAsync(StaffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), conversation.Zone).DateTime);
        if (!ReportPeriod.TryParse(request.Argument, today, out var period))
        {
            await bot.SendMessage(
                request.ChatId,
                $"Dạ, em chưa hiểu “{request.Argument}” ạ.\nCách dùng: /baocao (tháng này), /baocao 11/2026 (một tháng), /baocao 02/12/2026 (một ngày) hoặc /baocao 01/11/2026-30/11/2026.",
                cancellationToken: cancellationToken);
            return;
        }

        // Drawing and writing the files is CPU work of a second or two: off the poller's thread.
        var bundle = await Task.Run(() => reports.Make(period), cancellationToken);
        foreach (var part in TelegramText.Split(bundle.Text))
        {
            await bot.SendMessage(request.ChatId, part, cancellationToken: cancellationToken);
        }

        if (bundle.Report.Total == 0)
        {
            return;
        }

        using (var chart = new MemoryStream(bundle.ChartPng))
        {
            await bot.SendPhoto(request.ChatId, InputFile.FromStream(chart, $"{bundle.FileStem}.png"), caption: "Biểu đồ tỷ lệ câu trả lời", cancellationToken: cancellationToken);
        }

        using var workbook = new MemoryStream(bundle.WorkbookXlsx);
        await bot.SendDocument(
            request.ChatId,
            InputFile.FromStream(workbook, $"{bundle.FileStem}.xlsx"),
            caption: "Bảng tính: câu trả lời ẩn danh và điểm theo tiêu chí",
            cancellationToken: cancellationToken);
    }
}
