using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OneStop.Domain.Calendar;

/// <summary>
/// Dates and times as the commune writes them: "Thứ Tư, 02/12/2026", "15 giờ", "7 giờ 30". Always dd/MM/yyyy with
/// ASCII digits, whatever the server's culture, because citizens read the same format on the office's papers.
/// </summary>
public static class VietnameseDates
{
    // Indexed by DayOfWeek (Sunday = 0). Chủ nhật keeps a lower-case n, as in official writing.
    private static readonly string[] Weekdays = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    public static string Weekday(DayOfWeek day) => Weekdays[(int)day];

    /// <summary>"Thứ Tư, 02/12/2026".</summary>
    public static string Day(DateOnly date) => $"{Weekday(date.DayOfWeek)}, {Short(date)}";

    /// <summary>"02/12/2026".</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Short as in the short form of a date; the name is part of the agreed API.")]
    public static string Short(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    /// <summary>"15 giờ", "7 giờ 30", "7 giờ 05".</summary>
    public static string Time(TimeOnly time) =>
        time.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{time.Hour} giờ")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Hour} giờ {time.Minute:00}");

    /// <summary>"2 giờ 15 phút", "45 phút", "1 ngày 3 giờ". Seconds are dropped, so a time left is never overstated.</summary>
    public static string Duration(TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);
        var minutes = (long)span.TotalMinutes;
        var parts = new List<string>(3);
        AddPart(parts, minutes / (24 * 60), "ngày");
        AddPart(parts, minutes / 60 % 24, "giờ");
        AddPart(parts, minutes % 60, "phút");
        return parts.Count == 0 ? "dưới 1 phút" : string.Join(' ', parts);
    }

    /// <summary>"27 tháng Chạp", "mùng 6 tháng Giêng", "10 tháng 3", "1 tháng 6 nhuận".</summary>
    public static string Lunar(LunarDate date)
    {
        var day = date.Day <= 10
            ? string.Create(CultureInfo.InvariantCulture, $"mùng {date.Day}")
            : date.Day.ToString(CultureInfo.InvariantCulture);
        var month = date.Month switch
        {
            1 => "Giêng",
            12 => "Chạp",
            _ => date.Month.ToString(CultureInfo.InvariantCulture),
        };
        return $"{day} tháng {month}{(date.IsLeapMonth ? " nhuận" : "")}";
    }

    private static void AddPart(List<string> parts, long value, string unit)
    {
        if (value > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{value} {unit}"));
        }
    }
}
