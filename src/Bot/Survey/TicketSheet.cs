using SkiaSharp;

namespace OneStop.Bot.Survey;

/// <summary>
/// Printable A4 pages (PNG, 150 dpi) of six tickets each, with cut lines: staff print one page and hand the pieces
/// out at the desk. Drawn with the shipped font, so the Vietnamese lines print on a server without fonts.
/// </summary>
internal static class TicketSheet
{
    public const int PerPage = 6;

    private const int Width = 1240;
    private const int Height = 1754;
    private const int Columns = 2;
    private const int Rows = 3;
    private const int Margin = 40;
    private const int CodeSize = 300;

    public static IReadOnlyList<byte[]> Pages(IReadOnlyList<PrintedTicket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        using var typeface = SKTypeface.FromFile(ReportFont.File)
            ?? throw new FileNotFoundException($"Cannot read the font at {ReportFont.File}.", ReportFont.File);
        return tickets.Chunk(PerPage).Select(page => Page(page, typeface)).ToList();
    }

    private static byte[] Page(PrintedTicket[] tickets, SKTypeface typeface)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var cellWidth = (Width - (2 * Margin)) / (float)Columns;
        var cellHeight = (Height - (2 * Margin)) / (float)Rows;
        CutLines(canvas, cellWidth, cellHeight);
        for (var i = 0; i < tickets.Length; i++)
        {
            var left = Margin + (i % Columns * cellWidth);
            var top = Margin + (i / Columns * cellHeight);
            Cell(canvas, typeface, tickets[i], new SKRect(left, top, left + cellWidth, top + cellHeight));
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void Cell(SKCanvas canvas, SKTypeface typeface, PrintedTicket ticket, SKRect cell)
    {
        using (var code = SKImage.FromEncodedData(ticket.QrPng))
        {
            var left = cell.MidX - (CodeSize / 2f);
            // Nearest-neighbour keeps the modules sharp, which scanners need.
            canvas.DrawImage(code, new SKRect(left, cell.Top + 20, left + CodeSize, cell.Top + 20 + CodeSize), new SKSamplingOptions(SKFilterMode.Nearest));
        }

        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var y = cell.Top + CodeSize + 50;
        foreach (var line in ticket.Lines)
        {
            y = Write(canvas, typeface, paint, line, cell, y, size: 24);
        }

        // The link in full, for typing by hand: on two lines so it stays big enough to read once printed.
        paint.Color = new SKColor(60, 60, 60);
        var link = ticket.Link.ToString();
        var split = link.IndexOf("?start=", StringComparison.Ordinal);
        y = Write(canvas, typeface, paint, split < 0 ? link : link[..(split + 7)], cell, y + 6, size: 20);
        if (split >= 0)
        {
            Write(canvas, typeface, paint, link[(split + 7)..], cell, y, size: 20);
        }
    }

    /// <summary>One centred line, shrunk until it fits the cell; returns where the next line goes.</summary>
    private static float Write(SKCanvas canvas, SKTypeface typeface, SKPaint paint, string text, SKRect cell, float y, float size)
    {
        using var font = new SKFont(typeface, size);
        while (font.MeasureText(text) > cell.Width - 30 && font.Size > 10)
        {
            font.Size -= 1;
        }

        canvas.DrawText(text, cell.MidX, y, SKTextAlign.Center, font, paint);
        return y + (font.Size * 1.45f);
    }

    private static void CutLines(SKCanvas canvas, float cellWidth, float cellHeight)
    {
        using var dashes = SKPathEffect.CreateDash([12, 10], 0);
        using var paint = new SKPaint { Color = new SKColor(170, 170, 170), StrokeWidth = 2, Style = SKPaintStyle.Stroke, PathEffect = dashes };
        for (var column = 1; column < Columns; column++)
        {
            var x = Margin + (column * cellWidth);
            canvas.DrawLine(x, Margin, x, Height - Margin, paint);
        }

        for (var row = 1; row < Rows; row++)
        {
            var y = Margin + (row * cellHeight);
            canvas.DrawLine(Margin, y, Width - Margin, y, paint);
        }
    }
}
