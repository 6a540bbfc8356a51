namespace OneStop.Domain.Calendar;

/// <summary>
/// A day of the Vietnamese lunar calendar (âm lịch). <see cref="Year"/> is the Gregorian year in which the lunar
/// year began, so 26 Chạp Giáp Thìn (25/01/2025) is Year 2024, Month 12, Day 26.
/// </summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth);
