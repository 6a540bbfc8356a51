using System.Globalization;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;

namespace OneStop.Bot.Content;

/// <summary>
/// Reads conversation-flows/calendar/&lt;year&gt;.yaml, one official holiday notice per year (schema at the top of each
/// file). Never throws on bad content: every problem is recorded with its file and line and what to do.
/// </summary>
internal static class CalendarLoader
{
    private const string DateFormat = "yyyy-MM-dd";

    // The longest break so far (Tết) had nine days with its weekends; a longer run is almost surely a mistyped date.
    private const int LongestRunDays = 14;

    private static readonly Dictionary<string, Confidence> Confidences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["V"] = Confidence.Verified,
        ["S"] = Confidence.Secondary,
        ["M"] = Confidence.Memory,
        ["?"] = Confidence.Uncertain,
    };

    public static IReadOnlyList<YearNotice> Load(string calendarDirectory, string displayPrefix, List<ContentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (!Directory.Exists(calendarDirectory))
        {
            problems.Add(new ContentProblem(
                new SourceRef(displayPrefix, 0),
                "the calendar folder is missing: restore it from the repository (one <year>.yaml per year)."));
            return [];
        }

        var notices = new List<YearNotice>();
        foreach (var path in Directory.EnumerateFiles(calendarDirectory).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            var displayName = DisplayName(displayPrefix, fileName);
            if (fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new ContentProblem(new SourceRef(displayName, 0), "rename the file to end in .yaml, or the bot will not read it."));
                continue;
            }

            if (!fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!TryYearOf(fileName, out var year))
            {
                problems.Add(new ContentProblem(new SourceRef(displayName, 0), "name the file after the year it covers, for example 2027.yaml."));
                continue;
            }

            if (YamlFile.Open(path, displayName, problems) is { } map)
            {
                notices.Add(ReadNotice(map, year));
            }
        }

        return notices;
    }

    private static YearNotice ReadNotice(YamlMap map, int year)
    {
        var declared = map.Int("year");
        if (declared != 0 && declared != year)
        {
            map.Problem(map.WhereOf("year"), $"'year' is {declared} but the file is {year}.yaml: one file per year, so make them the same.");
        }

        var number = map.Str("notice");
        var title = map.Str("title");
        var source = map.Str("source");
        var confidence = map.Enum("confidence", Confidences, Confidence.Uncertain);
        var confirmed = map.Bool("confirmed");

        var days = new CalendarDays(year);
        var daysOff = map.Maps("days_off");
        if (daysOff.Count == 0 && map.Has("days_off"))
        {
            map.Problem(map.WhereOf("days_off"), "'days_off' is empty: list the weekdays the notice gives off (at least Tết).");
        }

        foreach (var item in daysOff)
        {
            days.ReadDayOff(item);
        }

        foreach (var item in map.Maps("worked_days", required: false))
        {
            days.ReadWorkedDay(item);
        }

        map.RejectUnknownKeys();
        return new YearNotice(year, number, title, days.DaysOff, days.WorkedDays, map.WhereOf("notice"))
        {
            Source = source,
            Confidence = confidence,
            Confirmed = confirmed,
        };
    }

    private static bool TryYearOf(string fileName, out int year)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        year = 0;
        return stem.Length == 4
            && int.TryParse(stem, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= VietnameseLunarCalendar.FirstYear and <= VietnameseLunarCalendar.LastYear;
    }

    private static string DisplayName(string prefix, string fileName) =>
        prefix.Length == 0 || prefix.EndsWith('/') ? prefix + fileName : $"{prefix}/{fileName}";

    /// <summary>The days of one file, checked as they are read: valid, inside the year, listed once.</summary>
    private sealed class CalendarDays(int year)
    {
        private readonly Dictionary<DateOnly, SourceRef> _seen = [];

        public List<DayOff> DaysOff { get; } = [];

        public List<DayOff> WorkedDays { get; } = [];

        public void ReadDayOff(YamlMap item)
        {
            var name = Name(item);
            var single = item.Has("date");
            var run = item.Has("from") || item.Has("to");
            if (single && run)
            {
                item.Problem(item.WhereOf("date"), "give either 'date' for one day or 'from' and 'to' for a run of days, not both.");
            }
            else if (single)
            {
                if (Date(item, "date") is { } date)
                {
                    Add(item, DaysOff, date, name, item.WhereOf("date"));
                }
            }
            else if (run)
            {
                ReadRun(item, name);
            }
            else
            {
                item.Problem(item.Where, "give 'date: yyyy-mm-dd' for one day, or 'from:' and 'to:' for a run of days.");
            }

            item.MarkRead("date", "from", "to");
            item.RejectUnknownKeys();
        }

        public void ReadWorkedDay(YamlMap item)
        {
            var name = Name(item);
            if (Date(item, "date") is { } date)
            {
                if (date.DayOfWeek != DayOfWeek.Saturday)
                {
                    item.Problem(
                        item.WhereOf("date"),
                        $"{VietnameseDates.Day(date)} is not a Saturday: worked_days lists only Saturdays worked to make up a day off; a weekday off goes in days_off.");
                }
                else
                {
                    Add(item, WorkedDays, date, name, item.WhereOf("date"));
                }
            }

            item.RejectUnknownKeys();
        }

        private void ReadRun(YamlMap item, string name)
        {
            var from = Date(item, "from");
            var to = Date(item, "to");
            if (from is not { } first || to is not { } last)
            {
                return;
            }

            if (first > last)
            {
                item.Problem(item.WhereOf("from"), $"'from' ({VietnameseDates.Short(first)}) is after 'to' ({VietnameseDates.Short(last)}): swap them.");
                return;
            }

            if (last.DayNumber - first.DayNumber >= LongestRunDays)
            {
                item.Problem(item.WhereOf("to"), $"a run of {last.DayNumber - first.DayNumber + 1} days is longer than any holiday break: check 'from' and 'to'.");
                return;
            }

            for (var day = first; day <= last; day = day.AddDays(1))
            {
                Add(item, DaysOff, day, name, item.WhereOf("from"));
            }
        }

        private DateOnly? Date(YamlMap item, string key)
        {
            var text = item.Str(key);
            if (text.Length == 0)
            {
                if (item.Has(key))
                {
                    item.Problem(item.WhereOf(key), $"'{key}' is empty: write the date as yyyy-mm-dd, for example {year}-09-02.");
                }

                return null;
            }

            if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                item.Problem(item.WhereOf(key), $"'{key}' should be a real date written yyyy-mm-dd (for example {year}-09-02), not '{text}'.");
                return null;
            }

            if (date.Year != year)
            {
                item.Problem(item.WhereOf(key), $"{VietnameseDates.Short(date)} is not in {year}: this file holds {year} only; fix the year or move the day to {date.Year}.yaml.");
                return null;
            }

            return date;
        }

        private void Add(YamlMap item, List<DayOff> list, DateOnly date, string name, SourceRef where)
        {
            if (_seen.TryGetValue(date, out var first))
            {
                var line = first.Line == where.Line ? "on this same line" : $"on line {first.Line}";
                item.Problem(where, $"{VietnameseDates.Short(date)} is already listed {line}: keep it once.");
                return;
            }

            _seen.Add(date, where);
            list.Add(new DayOff(date, name));
        }

        private static string Name(YamlMap item)
        {
            var name = item.Str("name");
            if (name.Length == 0 && item.Has("name"))
            {
                item.Problem(item.WhereOf("name"), "'name' is empty: say what the day is for (\"Quốc khánh\", \"nghỉ bù Giỗ Tổ Hùng Vương\").");
            }

            return name;
        }
    }
}
