using System.Globalization;

namespace OneStop.Domain.Online;

/// <summary>
/// An online-route button's payload: "on:ket-hon" (the route page), "on:ket-hon:g:2" (guide page 2 for that procedure),
/// "on:_:g:1" (guide page 1 for any procedure), "on:ket-hon:post" or "on:_:post" (the postal page), "on:_" (pick).
/// "_" cannot be a procedure id, so it stands for "no procedure".
/// </summary>
public sealed record OnlinePress(OnlinePressKind Kind, string? ProcedureId = null, int Page = 1)
{
    public const string Prefix = "on";

    /// <summary>Pages of the step-by-step guide: login, find, place, upload, pay, result.</summary>
    public const int GuidePages = 6;

    private const int MaxPayloadBytes = 64;
    private const string Anyone = "_";

    public static string Pick() => $"{Prefix}:{Anyone}";

    public static string Route(string procedureId) => $"{Prefix}:{procedureId}";

    public static string Guide(string? procedureId, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{procedureId ?? Anyone}:g:{page}");

    public static string Postal(string? procedureId) => $"{Prefix}:{procedureId ?? Anyone}:post";

    /// <summary>Reads a payload we made; anything else (forged, truncated, a page out of range) is refused.</summary>
    public static bool TryParse(string payload, out OnlinePress press)
    {
        press = new OnlinePress(OnlinePressKind.Pick);
        if (string.IsNullOrEmpty(payload) || payload.Length > MaxPayloadBytes || !payload.All(IsSafe))
        {
            return false;
        }

        var parts = payload.Split(':');
        if (parts.Length < 2 || parts[0] != Prefix || parts[1].Length == 0)
        {
            return false;
        }

        var id = parts[1] == Anyone ? null : parts[1];
        switch (parts[2..])
        {
            case [] when id is null:
                return true;
            case []:
                press = new OnlinePress(OnlinePressKind.Route, id);
                return true;
            case ["g", var page] when int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= GuidePages:
                press = new OnlinePress(OnlinePressKind.Guide, id, n);
                return true;
            case ["post"]:
                press = new OnlinePress(OnlinePressKind.Postal, id);
                return true;
            default:
                return false;
        }
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is ':' or '-' or '_';
}
