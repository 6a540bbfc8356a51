using OneStop.Domain.Content;

namespace OneStop.Domain.Calendar;

/// <summary>
/// The year's official holiday notice for cán bộ, công chức, viên chức (a Thông báo of the Bộ Nội vụ, formerly
/// Bộ LĐTBXH). It fixes the Tết and Quốc khánh days and any swap, which the law leaves to the Prime Minister
/// (BLLĐ 2019 Art. 112(3)), so the bot never guesses them for a year that has one.
/// </summary>
/// <param name="DaysOff">Weekdays the office is closed: holidays, nghỉ bù and swapped days.</param>
/// <param name="WorkedDays">Saturdays worked to make up a swapped day.</param>
public sealed record YearNotice(
    int Year,
    string Number,
    string Title,
    IReadOnlyList<DayOff> DaysOff,
    IReadOnlyList<DayOff> WorkedDays,
    SourceRef Origin)
{
    /// <summary>Where the office took the notice's content from.</summary>
    public string Source { get; init; } = "";

    public Confidence Confidence { get; init; } = Confidence.Uncertain;

    /// <summary>True once the commune has checked the file against the notice it received.</summary>
    public bool Confirmed { get; init; }
}
