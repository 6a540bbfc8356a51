using OneStop.Bot.Survey;
using OneStop.Bot.Tests.Support;
using SkiaSharp;

namespace OneStop.Bot.Tests.Survey;

public class TicketPrintTests
{
    private static readonly Uri Link = new("https://t.me/onestop_test_bot?start=svABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij");

    [Fact]
    public void A_ticket_code_is_a_PNG_picture()
    {
        using var bitmap = SKBitmap.Decode(TicketCode.Png(Link));

        Assert.NotNull(bitmap);
        Assert.Equal(bitmap.Width, bitmap.Height);
        Assert.True(bitmap.Width >= 300);
    }

    [Fact]
    public void Printable_pages_hold_six_tickets_each_with_their_lines()
    {
        using var temp = new TempFolder();
        var code = TicketCode.Png(Link);
        var tickets = Enumerable.Range(1, 7)
            .Select(i => new PrintedTicket(code, ["PHIẾU GÓP Ý: quét mã bằng Telegram", "Trung tâm Phục vụ hành chính công xã Vạn Ninh", $"Kết hôn · Thứ Tư, 02/12/2026 · phiếu {i}/7"], Link))
            .ToList();

        var pages = TicketSheet.Pages(tickets);

        Assert.Equal(2, pages.Count);
        File.WriteAllBytes(temp.File("page-1.png"), pages[0]);
        using var page = SKBitmap.Decode(pages[0]);
        Assert.Equal((1240, 1754), (page.Width, page.Height));
        using var second = SKBitmap.Decode(pages[1]);
        Assert.NotNull(second);
    }
}
