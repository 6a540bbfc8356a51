using System.Globalization;
using OneStop.Domain.Survey;
using ScottPlot;
using SkiaSharp;

namespace OneStop.Bot.Survey;

/// <summary>
/// The report's chart: one horizontal bar per question (and the overall question on same-day weekdays and other
/// days), split into the share of good, fair and poor answers. Every text element uses the shipped font.
/// </summary>
internal static class ReportChart
{
    public const int Width = 1400;
    private const int LegendHeight = 60;

    private static readonly (OptionTone Tone, string Label)[] Key =
    [
        (OptionTone.Good, "Tốt (vd. Rất hài lòng, sớm hơn hẹn)"),
        (OptionTone.Fair, "Được (vd. Hài lòng, đúng hẹn)"),
        (OptionTone.Poor, "Chưa tốt (vd. Không hài lòng, trễ hẹn)"),
    ];

    private static readonly Color Good = Color.FromHex("#2E7D32");
    private static readonly Color Fair = Color.FromHex("#9CCC65");
    private static readonly Color Poor = Color.FromHex("#C62828");

    /// <param name="sameDayWeekday">The same-day weekday's name from office.yaml ("Thứ Tư"), never typed here.</param>
    public static byte[] Png(SurveyReport report, string sameDayWeekday)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportFont.Register();
        var rows = Rows(report, sameDayWeekday);
        using var plot = new Plot();
        plot.Font.Set(ReportFont.Name);
        var ticks = new List<Tick>();
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            // The first row at the top: bars are placed from the bottom up.
            var position = rows.Count - 1 - i;
            var (label, tally) = rows[i];
            ticks.Add(new Tick(position, string.Create(CultureInfo.InvariantCulture, $"{label} (n={tally.Answered})"), isMajor: true));
            var left = 0.0;
            foreach (var tone in new[] { OptionTone.Good, OptionTone.Fair, OptionTone.Poor })
            {
                var share = tally.Options.Where(o => o.Tone == tone).Sum(o => tally.Share(o)) * 100;
                if (share <= 0)
                {
                    continue;
                }

                bars.Add(new Bar
                {
                    Position = position,
                    ValueBase = left,
                    Value = left + share,
                    FillColor = Colour(tone),
                    Size = 0.7,
                    Label = share >= 7 ? ReportText.Percent(share / 100) : "",
                    CenterLabel = true,
                });
                left += share;
            }
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontName = ReportFont.Name;
        barPlot.ValueLabelStyle.FontSize = 15;
        barPlot.ValueLabelStyle.ForeColor = Colors.White;

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Left.TickLabelStyle.FontName = ReportFont.Name;
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        plot.Axes.Bottom.TickLabelStyle.FontName = ReportFont.Name;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(10);
        plot.Axes.SetLimits(0, 100, -0.6, rows.Count - 0.4);
        plot.XLabel("Tỷ lệ câu trả lời (%)");
        plot.Axes.Bottom.Label.FontName = ReportFont.Name;
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Khảo sát sự hài lòng · {report.Period} · {report.Total} người trả lời"));
        plot.Axes.Title.Label.FontName = ReportFont.Name;
        plot.Axes.Title.Label.FontSize = 20;

        var chart = plot.GetImageBytes(Width, 130 + (rows.Count * 70), ImageFormat.Png);
        return WithLegend(chart);
    }

    /// <summary>
    /// Adds the colour key under the chart, drawn here rather than by ScottPlot: its legend clips the tone mark over a
    /// circumflex on the first line ("Rất" came out as "Rât"), which misspells the words.
    /// </summary>
    private static byte[] WithLegend(byte[] chartPng)
    {
        using var chart = SKImage.FromEncodedData(chartPng);
        using var surface = SKSurface.Create(new SKImageInfo(chart.Width, chart.Height + LegendHeight));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.DrawImage(chart, 0, 0);
        using var typeface = SKTypeface.FromFile(ReportFont.File);
        using var font = new SKFont(typeface, 17);
        using var paint = new SKPaint { IsAntialias = true };
        var x = 40f;
        var y = chart.Height + (LegendHeight / 2f);
        foreach (var (tone, label) in Key)
        {
            var colour = Colour(tone);
            paint.Color = new SKColor(colour.R, colour.G, colour.B);
            canvas.DrawRect(x, y - 12, 22, 22, paint);
            paint.Color = SKColors.Black;
            canvas.DrawText(label, x + 30, y + 5, SKTextAlign.Left, font, paint);
            x += 30 + font.MeasureText(label) + 40;
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static List<(string Label, QuestionTally Tally)> Rows(SurveyReport report, string sameDayWeekday)
    {
        var rows = report.Questions.Select(q => (q.Title, q)).ToList();
        rows.Add(($"Hài lòng chung: {sameDayWeekday} không viết, không hẹn", report.SameDayOverall));
        rows.Add(("Hài lòng chung: ngày khác", report.OtherDaysOverall));
        return rows;
    }

    private static Color Colour(OptionTone tone) => tone switch
    {
        OptionTone.Good => Good,
        OptionTone.Fair => Fair,
        _ => Poor,
    };
}
