namespace OneStop.Domain.Calendar;

/// <summary>
/// When the one-stop desk receives files. Clock times are set by each province, so they come from office.yaml, and so
/// does the working week (the 5-day week of QĐ 188/1999/QĐ-TTg); Saturday-morning reception is a local choice some
/// units make.
/// </summary>
public sealed record OfficeHours(
    TimeOnly MorningOpen,
    TimeOnly MorningClose,
    TimeOnly AfternoonOpen,
    TimeOnly AfternoonClose,
    bool SaturdayMorning,
    IReadOnlySet<DayOfWeek> WorkingWeek);
