using System.Globalization;

namespace OneStop.Domain.Notices;

/// <summary>
/// The notices buttons' payloads: "nt:on", "nt:off", "nt:areas", "nt:a:3" (the fourth area of office.yaml),
/// "nt:a:none". Areas go by position, not by name: names are Vietnamese and Telegram allows 64 bytes.
/// Anything else is refused, since a client can send any payload.
/// </summary>
public readonly record struct NoticePress(NoticeAction Action, int Area = -1)
{
    public const string Prefix = "nt";

    // More areas than a keyboard can sensibly show; also bounds the parsed number.
    public const int MaxAreas = 60;

    public static string Subscribe => $"{Prefix}:on";

    public static string Unsubscribe => $"{Prefix}:off";

    public static string ShowAreas => $"{Prefix}:areas";

    public static string NoArea => $"{Prefix}:a:none";

    public static string ChooseArea(int index) => $"{Prefix}:a:{index.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParse(string payload, out NoticePress press)
    {
        press = default;
        switch (payload)
        {
            case "nt:on":
                press = new NoticePress(NoticeAction.Subscribe);
                return true;
            case "nt:off":
                press = new NoticePress(NoticeAction.Unsubscribe);
                return true;
            case "nt:areas":
                press = new NoticePress(NoticeAction.ShowAreas);
                return true;
            case "nt:a:none":
                press = new NoticePress(NoticeAction.NoArea);
                return true;
        }

        if (payload is null || !payload.StartsWith("nt:a:", StringComparison.Ordinal))
        {
            return false;
        }

        var number = payload["nt:a:".Length..];
        if (number.Length is 0 or > 2 || !number.All(char.IsAsciiDigit)
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= MaxAreas)
        {
            return false;
        }

        press = new NoticePress(NoticeAction.ChooseArea, index);
        return true;
    }
}
