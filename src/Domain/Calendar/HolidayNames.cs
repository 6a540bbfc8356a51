using OneStop.Domain.Text;

namespace OneStop.Domain.Calendar;

/// <summary>Matching what a citizen calls a holiday ("tet", "Tết", "quoc khanh") against the calendar's names.</summary>
internal static class HolidayNames
{
    private const string Tet = "tet";
    private const string NewYearsDay = "tet duong lich";

    /// <summary>
    /// Accents and case are ignored, since many people type without them. "Tết" on its own means
    /// Tết Nguyên đán, as it does in speech; 01/01 is asked for as "Tết Dương lịch" or "Tết Tây".
    /// </summary>
    public static bool Matches(string name, string wanted)
    {
        var folded = TextFolding.Fold(name);
        var key = TextFolding.Fold(wanted);
        return key == Tet
            ? folded.Contains(Tet, StringComparison.Ordinal) && !folded.Contains(NewYearsDay, StringComparison.Ordinal)
            : folded.Contains(key, StringComparison.Ordinal);
    }

    /// <summary>"Tết Nguyên đán"; "Ngày Chiến thắng và Quốc tế Lao động" for a break holding both.</summary>
    public static string SpanName(IReadOnlyList<Holiday> holidays)
    {
        var names = holidays.Select(h => h.OccasionName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return names.Count > 0 ? string.Join(" và ", names) : holidays[0].ClosedReason;
    }
}
