using QRCoder;

namespace OneStop.Bot.Survey;

/// <summary>A ticket's QR code as PNG bytes. QRCoder's PNG writer needs no System.Drawing, so it runs on a bare server.</summary>
internal static class TicketCode
{
    public static byte[] Png(Uri link, int pixelsPerModule = 10)
    {
        ArgumentNullException.ThrowIfNull(link);
        using var generator = new QRCodeGenerator();
        // Level Q survives a crease or a coffee ring on a printed ticket.
        using var data = generator.CreateQrCode(link.ToString(), QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
