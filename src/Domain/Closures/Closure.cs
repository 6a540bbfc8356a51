namespace OneStop.Domain.Closures;

/// <summary>
/// A day (or half a day) the office closed at short notice, for a storm or a flood, announced by an official.
/// Applied on top of the year's calendar file. <see cref="Reason"/> is what citizens read after "Trung tâm nghỉ"
/// ("nghỉ đột xuất: Bão số 15"), already in the office's words.
/// </summary>
public sealed record Closure(DateOnly Day, DayPart Part, string Reason);
