using System.Globalization;
using OneStop.Bot.Staff;
using OneStop.Domain.Conversation;

namespace OneStop.Bot.Survey;

/// <summary>
/// Puts the ticket photos and printable pages in the outbox, one message each. The outbox sends them in order and
/// waits out Telegram's flood control (about one message a second in a chat, 20 a minute in a group), so the loop
/// that handles updates never waits on thirty uploads while citizens write.
/// </summary>
internal sealed class TicketMailer(StaffChat chat)
{
    public async Task SendAsync(ChatAddress chatId, IReadOnlyList<PrintedTicket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        for (var i = 0; i < tickets.Count; i++)
        {
            var ticket = tickets[i];
            var caption = $"{string.Join(" · ", ticket.Lines.Skip(2).Take(1))}\n{ticket.Link}";
            await chat.SendFileAsync(chatId, $"phieu-khao-sat-{i + 1}.png", ticket.QrPng, asPhoto: true, caption);
        }

        // The pages are drawn off the thread that handles updates: a few hundred milliseconds each.
        var pages = await Task.Run(() => TicketSheet.Pages(tickets));
        for (var p = 0; p < pages.Count; p++)
        {
            var caption = string.Create(CultureInfo.InvariantCulture, $"Trang in {p + 1}/{pages.Count}: in khổ A4, cắt theo đường chấm.");
            await chat.SendFileAsync(chatId, $"trang-in-phieu-{p + 1}.png", pages[p], asPhoto: false, caption);
        }
    }
}
