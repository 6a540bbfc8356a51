using System.Text.RegularExpressions;

namespace OneStop.Domain.Understanding;

/// <summary>
/// Whether a message names a day or a time of day: a weekday ("thứ 7", "t4", "chủ nhật"), a relative day ("mai",
/// "hôm nay", "tuần sau"), a holiday, a date ("2/9", "09/12/2026"), or a clock time ("3 rưỡi", "15h", "3 giờ
/// chiều"). "giờ" alone is not a time: it is "now" ("giờ em phải làm gì").
/// </summary>
public static partial class DayMention
{
    private static readonly string[] DayPhrases =
    [
        "thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat", "thu 2", "thu 3", "thu 4", "thu 5", "thu 6",
        "thu 7", "hom nay", "ngay mai", "mai", "mot", "ngay kia", "tuan sau", "tuan toi", "tuan nay", "cuoi tuan", "sang mai",
        "chieu mai", "tet", "quoc khanh", "gio to", "nghi le", "le", "30 thang 4", "1 thang 5", "2 thang 9", "duong lich",
    ];

    public static bool NamesDay(string raw, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(words);
        if (DatePattern().IsMatch(raw))
        {
            return true;
        }

        var text = $" {string.Join(' ', words)} ";
        foreach (var phrase in DayPhrases)
        {
            if (!text.Contains($" {phrase} ", StringComparison.Ordinal))
            {
                continue;
            }

            // "mai táng", "mốt" as a number, "lễ" in other words: only the plain day words count.
            if ((phrase == "mai" && text.Contains(" mai tang", StringComparison.Ordinal))
                || (phrase == "mot" && !text.Contains(" ngay mot ", StringComparison.Ordinal) && !text.Contains(" mot co ", StringComparison.Ordinal))
                || (phrase == "le" && !text.Contains(" ngay le ", StringComparison.Ordinal) && !text.Contains(" nghi le ", StringComparison.Ordinal) && !text.Contains(" le co ", StringComparison.Ordinal)))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>A clock time: "3 rưỡi", "15h", "15h30", "3 giờ chiều", "4g".</summary>
    public static bool NamesClockTime(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var i = 0; i < words.Count; i++)
        {
            if (IsPastMoment(words, i))
            {
                continue;
            }

            if (ClockWord().IsMatch(words[i]))
            {
                return true;
            }

            if (int.TryParse(words[i], out var hour) && hour is >= 1 and <= 18 && i + 1 < words.Count
                && words[i + 1] is "gio" or "ruoi" or "h" or "g" or "tieng chieu")
            {
                // "3 giờ" counts unless it is a length: "mất 3 giờ", "đợi 2 giờ".
                var before = i > 0 ? words[i - 1] : "";
                if (before is not ("mat" or "doi" or "cho" or "trong" or "ton" or "het"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly HashSet<string> DeathBefore = new(StringComparer.Ordinal) { "mat", "doi", "chet", "tran", "the", "khuat" };
    private static readonly string[] PastAfter = ["toi qua", "dem qua", "hom qua", "hom kia", "khuya", "rang sang"];

    /// <summary>
    /// "má con mất lúc 3h sáng nay", "ba mất 10 giờ tối qua": the time of something that happened, not a question
    /// about the cut-off.
    /// </summary>
    private static bool IsPastMoment(IReadOnlyList<string> words, int i)
    {
        var before = i > 0 && words[i - 1] == "luc" ? i - 2 : i - 1;
        if (before >= 0 && DeathBefore.Contains(words[before]))
        {
            return true;
        }

        var after = string.Join(' ', words.Skip(i + 1).Take(3));
        return PastAfter.Any(p => after.StartsWith(p, StringComparison.Ordinal) || after.Contains($" {p}", StringComparison.Ordinal));
    }

    /// <summary>
    /// The clock time a message names, in office terms: "3 rưỡi" and "3 giờ chiều" are 15:30 and 15:00 (nobody
    /// files a dossier at 3 a.m.), "15h30" is 15:30; null when none is named.
    /// </summary>
    public static TimeOnly? ClockTime(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var i = 0; i < words.Count; i++)
        {
            int hour, minute = 0;
            var next = i + 1;
            var glued = ClockWord().Match(words[i]);
            if (glued.Success)
            {
                hour = int.Parse(glued.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
                minute = glued.Groups["m"].Success ? int.Parse(glued.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            }
            else if (int.TryParse(words[i], out hour) && hour is >= 1 and <= 18 && next < words.Count && words[next] is "gio" or "h" or "g" or "ruoi")
            {
                if (words[next] == "ruoi")
                {
                    minute = 30;
                }
                else
                {
                    next++;
                    if (next < words.Count && words[next] == "ruoi")
                    {
                        minute = 30;
                        next++;
                    }
                    else if (next < words.Count && int.TryParse(words[next], out var m) && m is >= 0 and < 60)
                    {
                        minute = m;
                        next++;
                    }
                }
            }
            else
            {
                continue;
            }

            var evening = words.Skip(next).Take(3).Any(w => w is "chieu" or "toi");
            if (hour < 12 && (evening || hour <= 5))
            {
                hour += 12;
            }

            return hour < 24 ? new TimeOnly(hour, Math.Min(minute, 59)) : null;
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d/])\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?(?![\d/])")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<h>[0-9]|1[0-9])(?:h|g)(?<m>[0-5][0-9])?$")]
    private static partial Regex ClockWord();
}
