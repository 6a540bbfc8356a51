using System.Globalization;

namespace OneStop.Bot.Notices;

/// <summary>
/// The /thongbao buttons' payloads: "tb:verb:id" or "tb:verb:id:argument" ("tb:area:12:3" toggles the fourth area
/// of draft 12). ASCII and short (Telegram allows 64 bytes). Anything else is refused: a client can send any data.
/// </summary>
internal sealed record BroadcastPress(string Verb, long BroadcastId, string Argument)
{
    public const string Prefix = "tb";

    public const string Everyone = "all";
    public const string Areas = "areas";
    public const string Area = "area";
    public const string AreasDone = "done";
    public const string Procedures = "procs";
    public const string Procedure = "proc";
    public const string Days = "days";
    public const string Day = "day";
    public const string SendNow = "now";
    public const string Schedule = "time";
    public const string Edit = "edit";
    public const string Cancel = "drop";
    public const string Approve = "ok";
    public const string Reject = "no";

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        Everyone, Areas, Area, AreasDone, Procedures, Procedure, Days, Day, SendNow, Schedule, Edit, Cancel, Approve, Reject,
    };

    private static readonly HashSet<string> WithArgument = new(StringComparer.Ordinal) { Area, Procedure, Day };

    public static string Make(string verb, long broadcastId, string argument = "") =>
        argument.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{verb}:{broadcastId}")
            : string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{verb}:{broadcastId}:{argument}");

    public static BroadcastPress? Parse(string? payload)
    {
        if (string.IsNullOrEmpty(payload) || payload.Length > 64 || !payload.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '-'))
        {
            return null;
        }

        var parts = payload.Split(':');
        if (parts.Length is < 3 or > 4 || parts[0] != Prefix || !Verbs.Contains(parts[1])
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0
            || (parts.Length == 4) != WithArgument.Contains(parts[1]) || (parts.Length == 4 && parts[3].Length == 0))
        {
            return null;
        }

        return new BroadcastPress(parts[1], id, parts.Length == 4 ? parts[3] : "");
    }
}
