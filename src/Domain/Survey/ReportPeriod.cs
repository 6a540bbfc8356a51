using System.Globalization;
using OneStop.Domain.Calendar;

namespace OneStop.Domain.Survey;

/// <summary>The days a report covers, both included: a month ("11/2026"), a day ("02/12/2026") or a range ("01/11/2026-30/11/2026").</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    private static readonly string[] DayFormats = ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd"];
    private static readonly string[] MonthFormats = ["M/yyyy", "MM/yyyy", "yyyy-MM"];

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public override string ToString() =>
        From == To ? VietnameseDates.Short(From) : $"{VietnameseDates.Short(From)} – {VietnameseDates.Short(To)}";

    public static ReportPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>Reads what staff typed after /baocao; empty means the current month. False for anything else, or a range that runs backwards.</summary>
    public static bool TryParse(string? text, DateOnly today, out ReportPeriod period)
    {
        period = Month(today.Year, today.Month);
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        if (TryMonth(trimmed, out var month))
        {
            period = month;
            return true;
        }

        if (TryDay(trimmed, out var day))
        {
            period = new ReportPeriod(day, day);
            return true;
        }

        if (IsoRange(trimmed, out var iso))
        {
            period = iso;
            return true;
        }

        var parts = trimmed.Split(['-', '–', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && TryDay(parts[0], out var from) && TryDay(parts[1], out var to) && from <= to)
        {
            period = new ReportPeriod(from, to);
            return true;
        }

        return false;
    }

    public static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static bool TryMonth(string text, out ReportPeriod period)
    {
        period = Month(2000, 1);
        if (!DateOnly.TryParseExact(text, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return false;
        }

        period = Month(first.Year, first.Month);
        return true;
    }

    // "2026-11-01 2026-11-30" (ISO dates contain '-', so they are split on spaces only).
    private static bool IsoRange(string text, out ReportPeriod period)
    {
        period = Month(2000, 1);
        var parts = text.Split([' ', '–'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && parts.All(p => p.Length == 10 && p[4] == '-')
            && TryDay(parts[0], out var from) && TryDay(parts[1], out var to) && from <= to)
        {
            period = new ReportPeriod(from, to);
            return true;
        }

        return false;
    }
}
