using System.Globalization;
using OneStop.Domain.Content;
using OneStop.Domain.Survey;

namespace OneStop.Bot.Survey;

/// <summary>
/// What staff asked /phieukhaosat for: the procedure (plan item, 0 = not said), the visit day, whether it was a
/// same-day weekday, and how many tickets. Typed as words in any order ("ket-hon 02/12/2026 t4 5"), or picked with
/// buttons whose payloads carry the same fields ("pk:o:20261202:1:2:5").
/// </summary>
internal sealed record TicketOrder(int? PlanItem, DateOnly Visit, bool SameDay, int? Count)
{
    public const string Prefix = "pk";
    public const string NoProcedure = "khong-ro";
    private const string DateFormat = "yyyyMMdd";

    private static readonly string[] SameDayWords = ["t4", "thu4", "thutu", "cungngay", "khongviet"];
    private static readonly string[] OtherDayWords = ["khac", "ngaykhac", "thuong"];

    /// <summary>Reads the typed argument; null and a reason when a word means nothing here.</summary>
    public static TicketOrder? Parse(string argument, ContentCatalog content, DateOnly today, int maxCount, out string? unknownWord)
    {
        ArgumentNullException.ThrowIfNull(content);
        unknownWord = null;
        int? plan = null;
        int? count = null;
        bool? sameDay = null;
        var visit = today;
        foreach (var word in (argument ?? "").Split([' ', ',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = word.ToLowerInvariant();
            if (content.FindProcedure(lower) is { } procedure)
            {
                plan = procedure.PlanItem;
            }
            else if (lower == NoProcedure)
            {
                plan = 0;
            }
            else if (ReportPeriod.TryDay(lower, out var day))
            {
                visit = day;
            }
            else if (int.TryParse(lower, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= maxCount)
            {
                count = number;
            }
            else if (SameDayWords.Contains(lower))
            {
                sameDay = true;
            }
            else if (OtherDayWords.Contains(lower))
            {
                sameDay = false;
            }
            else
            {
                unknownWord = word;
                return null;
            }
        }

        return new TicketOrder(plan, visit, sameDay ?? IsSameDay(content, visit), count);
    }

    /// <summary>Reads a button's payload; null for anything we did not make (a staff member's client can forge too).</summary>
    public static TicketOrder? FromPayload(string payload, ContentCatalog content, int maxCount)
    {
        ArgumentNullException.ThrowIfNull(content);
        var parts = (payload ?? "").Split(':');
        if (parts.Length is < 4 or > 6 || parts[0] != Prefix || parts[1] != "o"
            || !DateOnly.TryParseExact(parts[2], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var visit)
            || parts[3] is not ("0" or "1"))
        {
            return null;
        }

        int? plan = null;
        int? count = null;
        if (parts.Length >= 5)
        {
            if (!int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var item) || (item != 0 && content.Procedures.All(p => p.PlanItem != item)))
            {
                return null;
            }

            plan = item;
        }

        if (parts.Length == 6)
        {
            if (!int.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > maxCount)
            {
                return null;
            }

            count = number;
        }

        return new TicketOrder(plan, visit, parts[3] == "1", count);
    }

    /// <summary>The payload of a button that completes this order with a procedure or a count.</summary>
    public string Payload(int planItem, int? count = null)
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"{Prefix}:o:{Visit.ToString(DateFormat, CultureInfo.InvariantCulture)}:{(SameDay ? 1 : 0)}:{planItem}");
        return count is { } n ? string.Create(CultureInfo.InvariantCulture, $"{head}:{n}") : head;
    }

    private static bool IsSameDay(ContentCatalog content, DateOnly day) =>
        day.DayOfWeek == content.Calendar.SameDayWeekday && content.Calendar.KeepsSameDay(day);
}
