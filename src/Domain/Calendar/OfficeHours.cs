namespace OneStop.Domain.Calendar;

/// <summary>
/// When the one-stop desk receives files. Clock times are set by each province (reference §D2), so they come
/// from office.yaml; Saturday-morning reception is a local choice some units make.
/// </summary>
public sealed record OfficeHours(
    TimeOnly MorningOpen,
    TimeOnly MorningClose,
    TimeOnly AfternoonOpen,
    TimeOnly AfternoonClose,
    bool SaturdayMorning);
