using System.Globalization;
using System.Text.RegularExpressions;

namespace OneStop.Domain.Notices;

/// <summary>
/// When an official wants a notice sent, as typed: "18:00", "18h", "18h30", "7 giờ", "18:00 25/12", "25/12/2026 8h",
/// "mai 7h" (tomorrow). Read in the commune's wall-clock time. A time alone means its next occurrence: today if it
/// is still ahead, else tomorrow; the confirmation always shows the full date, so the official can correct it.
/// </summary>
public static partial class NoticeTime
{
    public static bool TryParse(string text, DateTime localNow, out DateTime localWhen)
    {
        ArgumentNullException.ThrowIfNull(text);
        localWhen = default;
        var plain = text.Trim().ToLowerInvariant().Replace("giờ", "h", StringComparison.Ordinal).Replace("gio", "h", StringComparison.Ordinal);
        var time = TimePattern().Match(plain);
        if (!time.Success || plain.Length > 40)
        {
            return false;
        }

        var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = time.Groups["m"].Success ? int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59)
        {
            return false;
        }

        var rest = plain.Remove(time.Index, time.Length).Trim();
        var today = DateOnly.FromDateTime(localNow);
        DateOnly day;
        var date = DatePattern().Match(rest);
        if (date.Success)
        {
            var dayOfMonth = int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(date.Groups["mo"].Value, CultureInfo.InvariantCulture);
            var year = date.Groups["y"].Success ? int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture) : today.Year;
            if (year < 100)
            {
                year += 2000;
            }

            if (month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            day = new DateOnly(year, month, dayOfMonth);
            if (!date.Groups["y"].Success && day < today)
            {
                // "8h 05/01" typed in late December means next January.
                day = day.AddYears(1);
            }

            rest = rest.Remove(date.Index, date.Length).Trim();
        }
        else if (rest is "mai" or "ngay mai" or "ngày mai")
        {
            day = today.AddDays(1);
            rest = "";
        }
        else
        {
            day = today;
        }

        if (rest.Trim(' ', ',', '.', '-').Length > 0 && rest is not ("hom nay" or "hôm nay"))
        {
            return false;
        }

        localWhen = day.ToDateTime(new TimeOnly(hour, minute));
        if (!date.Success && rest.Length == 0 && localWhen <= localNow && day == today)
        {
            localWhen = localWhen.AddDays(1);
        }

        return true;
    }

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2})\s*[:h](?:\s*(?<m>\d{2})(?![\d/]))?(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})/(?<mo>\d{1,2})(?:/(?<y>\d{2}|\d{4}))?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
