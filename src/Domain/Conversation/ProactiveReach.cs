using System.Globalization;

namespace OneStop.Domain.Conversation;

/// <summary>
/// How long a channel lets the bot write to a citizen on its own (a reminder, a notice) after the citizen's own
/// message: Zalo's interaction window. The edge looks it up for each message (<see cref="Incoming.Context"/>); a
/// channel without a window (Telegram, the terminal) sets nothing, and everything may be promised there.
/// </summary>
/// <param name="Until">The last moment a message from the bot can still reach this chat if the citizen writes nothing more.</param>
/// <param name="Window">The window's length as citizens are told it (48 hours, or 7 days where billed messages are allowed).</param>
public sealed record ProactiveReach(DateTimeOffset Until, TimeSpan Window)
{
    public const string UntilKey = "reach.until";
    public const string WindowKey = "reach.window";

    /// <summary>The reach the edge described for this message, or null where the channel has no window.</summary>
    public static ProactiveReach? Of(Incoming incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return incoming.Context.TryGetValue(UntilKey, out var until)
               && DateTimeOffset.TryParse(until, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
               && incoming.Context.TryGetValue(WindowKey, out var window)
               && TimeSpan.TryParse(window, CultureInfo.InvariantCulture, out var length)
            ? new ProactiveReach(at, length)
            : null;
    }

    /// <summary>The context entries that describe this reach, for the edge to attach to a message.</summary>
    public IEnumerable<KeyValuePair<string, string>> Describe() =>
    [
        new(UntilKey, Until.ToString("O", CultureInfo.InvariantCulture)),
        new(WindowKey, Window.ToString("c", CultureInfo.InvariantCulture)),
    ];

    /// <summary>"48 giờ" or "7 ngày": the window in the words citizens are told.</summary>
    public string WindowText() => Window.TotalHours <= 72
        ? $"{Math.Round(Window.TotalHours).ToString(CultureInfo.InvariantCulture)} giờ"
        : $"{Math.Round(Window.TotalDays).ToString(CultureInfo.InvariantCulture)} ngày";
}
