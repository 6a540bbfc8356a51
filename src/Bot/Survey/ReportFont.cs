namespace OneStop.Bot.Survey;

/// <summary>
/// The TTF shipped in src/Bot/Assets (DejaVu Sans, licence beside it). Charts and ticket sheets draw with it
/// explicitly: with no fonts installed, ScottPlot would draw a chart with no text and no error (stack-notes.md).
/// </summary>
internal static class ReportFont
{
    /// <summary>The name the chart library knows the shipped font by.</summary>
    public const string Name = "OneStop Sans";

    private static readonly Lock Gate = new();
    private static bool _registered;

    public static string File { get; } = Path.Combine(AppContext.BaseDirectory, "Assets", "DejaVuSans.ttf");

    /// <summary>Registers the font with ScottPlot once per process.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            if (!System.IO.File.Exists(File))
            {
                throw new FileNotFoundException($"The report font is missing at {File}; it is copied from src/Bot/Assets by the build.", File);
            }

            ScottPlot.Fonts.AddFontFile(Name, File, bold: false, italic: false);
            _registered = true;
        }
    }
}
