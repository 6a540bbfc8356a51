using System.Globalization;
using OneStop.Domain.Content;

namespace OneStop.Bot.Content;

/// <summary>Reads office.yaml.</summary>
internal static class OfficeReader
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = Enum.GetValues<DayOfWeek>()
        .ToDictionary(d => d.ToString().ToLowerInvariant(), d => d, StringComparer.Ordinal);

    public static Office Read(YamlMap map)
    {
        var hours = map.Map("hours");
        var sameDay = map.Map("same_day");
        var neighbourhoods = map.Map("neighbourhoods");
        var office = new Office
        {
            Name = FactReader.ReadOnly(map.Map("name")),
            ShortName = map.Str("short_name"),
            Commune = map.Str("commune"),
            OldNames = map.Strings("old_names"),
            Merger = FactReader.ReadOnly(map.Map("merger")),
            Address = FactReader.ReadOnly(map.Map("address")),
            Contact = FactReader.ReadOnly(map.Map("contact")),
            Hours = ReadHours(hours),
            SameDayWeekday = sameDay?.Enum("weekday", Weekdays, DayOfWeek.Wednesday) ?? DayOfWeek.Wednesday,
            Cutoff = sameDay is null ? new TimeOnly(15, 0) : Time(sameDay, "cutoff"),
            StaffOnDuty = sameDay is null ? Fact.Unsourced("") : FactReader.ReadOnly(sameDay.Map("staff_on_duty")),
            SameDay = Finish(sameDay),
            EverydayHelp = FactReader.ReadOnly(map.Map("everyday_help")),
            Portals = map.Maps("portals").Select(ReadPortal).ToList(),
            VneId = FactReader.ReadOnly(map.Map("vneid")),
            Neighbourhoods = neighbourhoods?.Strings("items") ?? [],
            NeighbourhoodsFact = Finish(neighbourhoods, textRequired: false),
        };
        map.RejectUnknownKeys();
        return office;
    }

    private static OfficeSessions ReadHours(YamlMap? map)
    {
        if (map is null)
        {
            return new OfficeSessions(new(7, 0), new(11, 30), new(13, 30), new(17, 0), false, Fact.Unsourced(""));
        }

        var (morningOpen, morningClose) = Range(map, "morning");
        var (afternoonOpen, afternoonClose) = Range(map, "afternoon");
        var saturday = map.Bool("saturday_morning");
        var week = map.Strings("working_week");
        var days = new HashSet<DayOfWeek>();
        foreach (var name in week)
        {
            if (Weekdays.TryGetValue(name, out var day))
            {
                days.Add(day);
            }
            else
            {
                map.Problem(map.WhereOf("working_week"), $"'{name}' in working_week is not a weekday: write monday … sunday, in English, lowercase.");
            }
        }

        if (days.Count == 0)
        {
            map.Problem(map.WhereOf("working_week"), "'working_week' needs the days the desk works all day, e.g. [monday, tuesday, wednesday, thursday, friday].");
        }

        return new OfficeSessions(morningOpen, morningClose, afternoonOpen, afternoonClose, saturday, Finish(map)) { WorkingWeek = days };
    }

    private static (TimeOnly Open, TimeOnly Close) Range(YamlMap map, string key)
    {
        var text = map.Str(key);
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var open)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var close)
            && open < close)
        {
            return (open, close);
        }

        map.Problem(map.WhereOf(key), $"'{key}' should look like \"07:00-11:30\" (opening before closing), not '{text}'.");
        return (TimeOnly.MinValue, TimeOnly.MinValue);
    }

    private static TimeOnly Time(YamlMap map, string key)
    {
        var text = map.Str(key);
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        map.Problem(map.WhereOf(key), $"'{key}' should be a time like \"15:00\", not '{text}'.");
        return new TimeOnly(15, 0);
    }

    private static Portal ReadPortal(YamlMap map)
    {
        var id = map.Str("id");
        var name = map.Str("name");
        var url = map.Str("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            map.Problem(map.WhereOf("url"), $"'{url}' is not an https address.");
            uri = new Uri("https://dichvucong.gov.vn");
        }

        var fact = FactReader.Read(map);
        map.RejectUnknownKeys();
        return new Portal(id, name, uri, fact);
    }

    private static Fact Finish(YamlMap? map, bool textRequired = true)
    {
        if (map is null)
        {
            return Fact.Unsourced("");
        }

        var fact = FactReader.Read(map, textRequired);
        map.RejectUnknownKeys();
        return fact;
    }
}
