using OneStop.Domain.Calendar;
using OneStop.Domain.Content;

namespace OneStop.Domain.Tests.Calendar;

/// <summary>The 2025 and 2026 notices as conversation-flows/calendar holds them, and the desk as tests build it.</summary>
internal static class CommuneCalendars
{
    public static readonly YearNotice Notice2025 = new(
        2025,
        "6150/TB-LĐTBXH",
        "Thông báo nghỉ Tết Âm lịch và Quốc khánh năm 2025",
        [
            Off("2025-01-01", "Tết Dương lịch"),
            .. Run("2025-01-27", "2025-01-31", "Tết Nguyên đán"),
            Off("2025-04-07", "Giỗ Tổ Hùng Vương"),
            Off("2025-04-30", "Ngày Chiến thắng"),
            Off("2025-05-01", "Quốc tế Lao động"),
            Off("2025-05-02", "nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)"),
            .. Run("2025-09-01", "2025-09-02", "Quốc khánh"),
        ],
        [Off("2025-04-26", "làm bù cho thứ Sáu 02/05/2025")],
        new SourceRef("calendar/2025.yaml", 20));

    public static readonly YearNotice Notice2026 = new(
        2026,
        "9441/TB-BNV",
        "Thông báo nghỉ Tết Âm lịch và Quốc khánh năm 2026",
        [
            Off("2026-01-01", "Tết Dương lịch"),
            .. Run("2026-02-16", "2026-02-20", "Tết Nguyên đán"),
            Off("2026-04-27", "nghỉ bù Giỗ Tổ Hùng Vương"),
            Off("2026-04-30", "Ngày Chiến thắng"),
            Off("2026-05-01", "Quốc tế Lao động"),
            .. Run("2026-09-01", "2026-09-02", "Quốc khánh"),
            Off("2026-11-24", "Ngày Văn hóa Việt Nam"),
        ],
        [],
        new SourceRef("calendar/2026.yaml", 20));

    /// <summary>The law's holidays as conversation-flows/holidays.yaml writes them.</summary>
    public static readonly HolidayRules Law = new(
        [new(1, 1, "Tết Dương lịch"), new(4, 30, "Ngày Chiến thắng"), new(5, 1, "Quốc tế Lao động"), new(9, 2, "Quốc khánh"), new(11, 24, "Ngày Văn hóa Việt Nam", 2026)],
        [new(3, 10, "Giỗ Tổ Hùng Vương")],
        "Tết Nguyên đán",
        1,
        3,
        [new(9, 1, "Quốc khánh")]);

    public static OfficeHours Hours(bool saturdayMorning = false) =>
        new(new TimeOnly(7, 0), new TimeOnly(11, 30), new TimeOnly(13, 30), new TimeOnly(17, 0), saturdayMorning, Week);

    /// <summary>The working week as office.yaml writes it.</summary>
    public static readonly IReadOnlySet<DayOfWeek> Week =
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

    /// <summary>Wednesday same-day service, 15:00 cut-off, the 2025 and 2026 notices; 2027 has none yet.</summary>
    public static WorkCalendar Desk(bool saturdayMorning = false, params YearNotice[] notices) =>
        new(Hours(saturdayMorning), DayOfWeek.Wednesday, new TimeOnly(15, 0), notices.Length > 0 ? notices : [Notice2025, Notice2026], Law);

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static DateTime At(string iso) => DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static DayOff Off(string date, string name) => new(D(date), name);

    private static IEnumerable<DayOff> Run(string from, string to, string name)
    {
        for (var day = D(from); day <= D(to); day = day.AddDays(1))
        {
            yield return new DayOff(day, name);
        }
    }
}
