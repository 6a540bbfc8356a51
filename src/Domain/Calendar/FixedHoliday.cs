namespace OneStop.Domain.Calendar;

/// <summary>A holiday the law fixes by a date (solar or lunar, month and day), from <see cref="FromYear"/> on.</summary>
public sealed record FixedHoliday(int Month, int Day, string Name, int FromYear = 0);
