namespace OneStop.Domain.Calendar;

/// <summary>
/// A run of days the desk is closed that holds a holiday, weekends included, as citizens count a break
/// ("Tết nghỉ từ 14/02 đến 22/02/2026").
/// </summary>
public sealed record HolidaySpan(string Name, DateOnly First, DateOnly Last, bool Provisional);
