using System.Globalization;
using OneStop.Domain.Calendar;

namespace OneStop.Bot.Content;

/// <summary>Reads conversation-flows/holidays.yaml: the holidays the law gives, and the usual pattern before a notice.</summary>
internal static class HolidaysReader
{
    public static HolidayRules Read(YamlMap map)
    {
        map.Str("source");
        var solar = map.Maps("solar").Select(m => Day(m, lunar: false)).ToList();
        var lunar = map.Maps("lunar").Select(m => Day(m, lunar: true)).ToList();
        var expected = map.Map("expected");
        var tet = expected?.Map("tet");
        var rules = new HolidayRules(
            solar,
            lunar,
            tet?.Str("name") ?? "",
            tet?.Int("days_before") ?? 0,
            tet?.Int("days_after") ?? 0,
            expected?.Maps("extra", required: false).Select(m => Day(m, lunar: false)).ToList() ?? []);
        tet?.RejectUnknownKeys();
        expected?.RejectUnknownKeys();
        map.RejectUnknownKeys();
        return rules;
    }

    private static FixedHoliday Day(YamlMap map, bool lunar)
    {
        var text = map.Str("date");
        var name = map.Str("name");
        var from = map.Int("from", fallback: 0);
        map.RejectUnknownKeys();
        var parts = text.Split('-');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && month is >= 1 and <= 12
            && day >= 1 && day <= (lunar ? 30 : DateTime.DaysInMonth(2024, month)))
        {
            return new FixedHoliday(month, day, name, from);
        }

        map.Problem(map.WhereOf("date"), $"'date' should be \"MM-DD\" (month, then day), like \"04-30\", not '{text}'.");
        return new FixedHoliday(1, 1, name, int.MaxValue);
    }
}
