using System.Globalization;

namespace OneStop.Domain.Reminders;

/// <summary>
/// A chat's reminders as kept in its session ("20261202:ket-hon,20261209:"), so the conversation can list
/// and cancel them; the scheduler keeps its own indexed copy and updates this one when it moves a reminder.
/// </summary>
public static class ReminderList
{
    public const string DataKey = "reminders";
    public const string WeeklyKey = "reminders.weekly";

    public static List<(DateOnly Day, string? ProcedureId)> Read(IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var items = new List<(DateOnly, string?)>();
        if (!data.TryGetValue(DataKey, out var text))
        {
            return items;
        }

        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split(':');
            if (TryDay(parts[0], out var day))
            {
                items.Add((day, parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null));
            }
        }

        return items;
    }

    public static void Write(IDictionary<string, string> data, IEnumerable<(DateOnly Day, string? ProcedureId)> items)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = string.Join(',', items.OrderBy(i => i.Day).Select(i => $"{Format(i.Day)}:{i.ProcedureId}"));
        if (text.Length == 0)
        {
            data.Remove(DataKey);
        }
        else
        {
            data[DataKey] = text;
        }
    }

    public static string Format(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
