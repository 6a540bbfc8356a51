using System.Globalization;
using System.Text.RegularExpressions;

namespace OneStop.Domain.SameDay;

/// <summary>
/// Recognises questions about the calendar in folded chat text: "thu tu nay co lam khong", "mai co lam viec
/// khong", "tet nghi den ngay nao", "thu 7 co nhan ho so khong", "may gio mo cua", "02/09 có làm không".
/// It answers only what it recognises; anything else goes on to the procedure matcher.
/// </summary>
public static partial class DayQuestionReader
{
    private static readonly string[] OpenWords =
        [
            "co lam", "lam viec", "lam khong", "lam ko", "nhan ho so", "co nghi", "nghi khong", "nghi ko", "mo cua", "co mo", "lam hong",
            "co nhan", "di lam", "di duoc", "den duoc", "toi duoc", "len duoc", "co duoc khong", "lam duoc", "nop duoc", "co ai",
        ];

    private static readonly string[] HoursWords =
        ["may gio", "gio lam viec", "gio hanh chinh", "gio mo cua", "mo cua luc", "dong cua", "gio lam", "luc nao mo", "mo cua khi nao"];

    private static readonly string[] HolidayAsk =
        ["nghi", "den ngay nao", "bao lau", "may ngay", "khi nao", "lam lai", "di lam lai", "mo cua lai"];

    // Spoken names of holidays, folded, and how the calendar names them.
    private static readonly (string Words, string Name)[] Holidays =
    [
        ("tet duong lich", "Tết Dương lịch"), ("tet tay", "Tết Dương lịch"), ("tet", "Tết"), ("quoc khanh", "Quốc khánh"),
        ("2 9", "Quốc khánh"), ("gio to", "Giỗ Tổ"), ("hung vuong", "Giỗ Tổ"), ("30 4", "Chiến thắng"), ("1 5", "Lao động"),
        ("quoc te lao dong", "Lao động"), ("van hoa viet nam", "Văn hóa"), ("24 11", "Văn hóa"), ("nghi le", ""),
    ];

    private static readonly (string Words, DayOfWeek Day)[] Weekdays =
    [
        ("thu hai", DayOfWeek.Monday), ("thu 2", DayOfWeek.Monday), ("t2", DayOfWeek.Monday),
        ("thu ba", DayOfWeek.Tuesday), ("thu 3", DayOfWeek.Tuesday), ("t3", DayOfWeek.Tuesday),
        ("thu tu", DayOfWeek.Wednesday), ("thu 4", DayOfWeek.Wednesday), ("t4", DayOfWeek.Wednesday),
        ("thu nam", DayOfWeek.Thursday), ("thu 5", DayOfWeek.Thursday), ("t5", DayOfWeek.Thursday),
        ("thu sau", DayOfWeek.Friday), ("thu 6", DayOfWeek.Friday), ("t6", DayOfWeek.Friday),
        ("thu bay", DayOfWeek.Saturday), ("thu 7", DayOfWeek.Saturday), ("t7", DayOfWeek.Saturday),
        ("chu nhat", DayOfWeek.Sunday), ("cn", DayOfWeek.Sunday),
    ];

    public static DayQuestion? Read(string rawText, IReadOnlyList<string> words, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        ArgumentNullException.ThrowIfNull(words);
        var text = $" {string.Join(' ', words)} ";
        bool Has(string phrase) => text.Contains($" {phrase} ", StringComparison.Ordinal);
        bool HasAny(IEnumerable<string> phrases) => phrases.Any(Has);

        if (Has("khong viet") || Has("khong hen") || Has("lam trong ngay") || Has("lay ngay"))
        {
            return new DayQuestion(DayQuestionKind.SameDay);
        }

        var date = ExplicitDate(rawText, today);
        var holiday = date is null ? Holidays.FirstOrDefault(h => Has(h.Words)) : default;
        if (holiday.Words is not null && HasAny(HolidayAsk))
        {
            return new DayQuestion(DayQuestionKind.Holiday, Holiday: holiday.Name);
        }

        var day = date ?? RelativeDay(Has, today);
        if (day is not null && HasAny(OpenWords.Concat(HoursWords)))
        {
            return new DayQuestion(DayQuestionKind.IsOpen, day);
        }

        if (HasAny(HoursWords))
        {
            return new DayQuestion(DayQuestionKind.Hours);
        }

        return null;
    }

    /// <summary>The day a message names ("thứ 4 tuần sau", "mai", "2/9"), or null.</summary>
    /// <summary>"nếu thứ 4 trùng ngày lễ thì sao": what happens when the same-day weekday is a holiday, no date named.</summary>
    public static bool AsksHolidayWednesday(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var text = $" {string.Join(' ', words)} ";
        bool Has(string phrase) => text.Contains($" {phrase} ", StringComparison.Ordinal);
        var wednesday = Weekdays.Any(w => w.Day == DayOfWeek.Wednesday && Has(w.Words)) || Has("khong viet") || Has("khong hen");
        return wednesday && (Has("trung") || Has("neu") || Has("vao")) && (Has("le") || Has("ngay le") || Has("nghi le") || Has("tet") || Has("ngay nghi"))
            && !words.Any(w => w.Length > 0 && char.IsAsciiDigit(w[0]) && w != "4");
    }

    public static DateOnly? NamedDay(string rawText, IReadOnlyList<string> words, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        ArgumentNullException.ThrowIfNull(words);
        var text = $" {string.Join(' ', words)} ";
        return ExplicitDate(rawText, today) ?? RelativeDay(phrase => text.Contains($" {phrase} ", StringComparison.Ordinal), today);
    }

    private static DateOnly? RelativeDay(Func<string, bool> has, DateOnly today)
    {
        if (has("hom nay") || has("bay gio") || has("sang nay") || has("chieu nay") || has("trua nay"))
        {
            return today;
        }

        if (has("ngay mai") || (has("mai") && !has("mai tang")))
        {
            return today.AddDays(1);
        }

        foreach (var (words, weekday) in Weekdays)
        {
            if (has(words))
            {
                if (has("tuan sau") || has("tuan toi"))
                {
                    // The weeks people mean start on Monday.
                    var nextMonday = today.AddDays(7 - (((int)today.DayOfWeek + 6) % 7));
                    return nextMonday.AddDays(((int)weekday + 6) % 7);
                }

                return today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7);
            }
        }

        return null;
    }

    /// <summary>"02/09", "2/9/2027", "2-9": the next such date from today when the year is not given.</summary>
    private static DateOnly? ExplicitDate(string rawText, DateOnly today)
    {
        var match = DatePattern().Match(rawText);
        if (!match.Success)
        {
            return null;
        }

        var dayOfMonth = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : today.Year;
        if (year < 100)
        {
            year += 2000;
        }

        if (month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, dayOfMonth);
        return !match.Groups["y"].Success && date < today ? date.AddYears(1) : date;
    }

    [GeneratedRegex(@"(?<![\d/])(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})(?:\s*[/.-]\s*(?<y>\d{2,4}))?(?![\d/])")]
    private static partial Regex DatePattern();
}
