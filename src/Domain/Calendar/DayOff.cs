namespace OneStop.Domain.Calendar;

/// <summary>
/// A day in a year's notice. <see cref="Name"/> is read by citizens after "nghỉ" ("Tết Nguyên đán" reads
/// "nghỉ Tết Nguyên đán"); a name that already starts with "nghỉ" ("nghỉ bù Giỗ Tổ Hùng Vương") is read as written.
/// For a worked Saturday the name says which day it makes up for.
/// </summary>
public sealed record DayOff(DateOnly Date, string Name);
