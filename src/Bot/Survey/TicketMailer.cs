using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace OneStop.Bot.Survey;

/// <summary>
/// Sends the ticket photos and printable pages in the background, one a second: Telegram allows about one message
/// a second in a chat (20 a minute in a group), and the poller must not wait on thirty uploads while citizens write.
/// </summary>
internal sealed class TicketMailer(ITelegramBotClient bot, TimeProvider time, ILogger<TicketMailer> log)
{
    private const int MaxRetries = 3;
    private static readonly TimeSpan Pace = TimeSpan.FromSeconds(1);

    /// <summary>The last sending started, for tests that wait for it.</summary>
    public Task LastSend { get; private set; } = Task.CompletedTask;

    public void Send(long chatId, IReadOnlyList<PrintedTicket> tickets, CancellationToken cancellationToken)
    {
        LastSend = Task.Run(() => SendAllAsync(chatId, tickets, cancellationToken), CancellationToken.None);
    }

    private async Task SendAllAsync(long chatId, IReadOnlyList<PrintedTicket> tickets, CancellationToken token)
    {
        try
        {
            for (var i = 0; i < tickets.Count; i++)
            {
                var ticket = tickets[i];
                var caption = $"{string.Join(" · ", ticket.Lines.Skip(2).Take(1))}\n{ticket.Link}";
                await PatientlyAsync(() => bot.SendPhoto(chatId, Png(ticket.QrPng, $"phieu-khao-sat-{i + 1}.png"), caption: caption, cancellationToken: token), token);
                await Task.Delay(Pace, time, token);
            }

            var pages = TicketSheet.Pages(tickets);
            for (var p = 0; p < pages.Count; p++)
            {
                var caption = string.Create(CultureInfo.InvariantCulture, $"Trang in {p + 1}/{pages.Count}: in khổ A4, cắt theo đường chấm.");
                await PatientlyAsync(() => bot.SendDocument(chatId, Png(pages[p], $"trang-in-phieu-{p + 1}.png"), caption: caption, cancellationToken: token), token);
                await Task.Delay(Pace, time, token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping: the tickets are recorded; staff can ask again after the restart.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.LogError(ex, "Sending survey tickets to {Chat} failed", chatId);
            await TellAsync(chatId, token);
        }
    }

    private async Task PatientlyAsync(Func<Task<Message>> send, CancellationToken token)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await send();
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == (int)HttpStatusCode.TooManyRequests && attempt < MaxRetries)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1)), time, token);
            }
        }
    }

    private async Task TellAsync(long chatId, CancellationToken token)
    {
        try
        {
            await bot.SendMessage(chatId, "Dạ, em gửi mã QR bị lỗi giữa chừng. Các phiếu đã gửi vẫn dùng được; anh/chị tạo thêm nếu cần ạ.", cancellationToken: token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            log.LogDebug(ex, "Could not tell {Chat} that sending tickets failed", chatId);
        }
    }

    private static InputFileStream Png(byte[] bytes, string name) => InputFile.FromStream(new MemoryStream(bytes), name);
}
