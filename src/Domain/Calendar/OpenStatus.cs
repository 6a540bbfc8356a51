namespace OneStop.Domain.Calendar;

/// <summary>Whether the desk is open at a moment; when it is not, the next opening (commune-local time).</summary>
public sealed record OpenStatus(bool IsOpen, DateTime? NextOpening, DayStatus Today);
