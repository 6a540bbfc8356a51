namespace OneStop.Domain.Calendar;

/// <summary>
/// Whether the desk works on a day, and if not, why, in words for citizens ("nghỉ Tết Nguyên đán", "Chủ nhật").
/// A morning-only day (a Saturday with reception) is a working day whose reason reads "chiều thứ Bảy không làm việc".
/// </summary>
/// <param name="Provisional">
/// The year has no official notice yet, and this day is a holiday or lies within a week of one,
/// where the notice may still add or move a day off.
/// </param>
public sealed record DayStatus(DateOnly Date, bool IsWorkingDay, bool MorningOnly, string? ClosedReason, bool Provisional)
{
    /// <summary>The office closed this day, or half of it, at short notice; the same-day promise does not hold on it.</summary>
    public Closures.Closure? Closure { get; init; }

    /// <summary>Open in the afternoon only (the morning closed at short notice).</summary>
    public bool AfternoonOnly => Closure?.Part == Closures.DayPart.Morning;
}
