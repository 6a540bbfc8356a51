using System.Text;
using OneStop.Domain.Calendar;
using OneStop.Domain.Content;

namespace OneStop.Domain.SameDay;

/// <summary>The calendar's answers in the commune's words (messages/sameday.yaml), dates written the Vietnamese way.</summary>
public sealed class SameDayWording(ContentCatalog content)
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "sameday.footer.today", "sameday.footer.next", "sameday.skipped", "sameday.provisional", "sameday.page",
        "day.open", "day.open.morning", "day.open.sameday", "day.closed", "hours.answer", "hours.open-now", "hours.closed-now",
        "holiday.span", "holiday.none", "button.remind-me", "cutoff.rule", "cutoff.before", "cutoff.after",
        "day.closed.morning", "day.closed.afternoon", "day.closed.sameday",
        "date.provisional", "hours.week", "hours.week.saturday", "sameday.holiday-rule", "sameday.holiday-next",
        .. Closures.ClosureMessageKeys.All,
    ];

    private WorkCalendar Calendar => content.Calendar;

    /// <summary>The line under a procedure card: today with the time left, or the next same-day day and why others were skipped.</summary>
    public string Footer(DateTime localNow)
    {
        var answer = Calendar.NextSameDay(localNow);
        var text = new StringBuilder();
        text.Append(answer.IsToday && answer.TimeLeft is { } left
            ? Fill("sameday.footer.today", ("cutoff", VietnameseDates.Time(Calendar.Cutoff)), ("left", VietnameseDates.Duration(left)))
            : Fill("sameday.footer.next", ("day", VietnameseDates.Day(answer.Day))));
        foreach (var skipped in answer.Skipped)
        {
            text.Append(' ').Append(Fill("sameday.skipped", ("day", VietnameseDates.Day(skipped.Date)), ("reason", skipped.ClosedReason ?? "")));
        }

        if (answer.Provisional)
        {
            text.Append(' ').Append(Fill("sameday.provisional", ("year", answer.Day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return WithDoubt(text.ToString(), content.Office.SameDay);
    }

    public string Page(DateTime localNow)
    {
        var upcoming = Calendar.UpcomingSameDays(localNow, 4);
        return Fill(
            "sameday.page",
            ("weekday", VietnameseDates.Weekday(Calendar.SameDayWeekday)),
            ("cutoff", VietnameseDates.Time(Calendar.Cutoff)),
            ("next", Footer(localNow)),
            ("upcoming", string.Join("\n", upcoming.Skip(1).Select(d => "• " + DayText(d)))));
    }

    /// <summary>
    /// "Nếu thứ 4 trùng ngày lễ thì sao": the office is closed, so that week has no same-day day (the plan names no
    /// other day), and the next Wednesday that falls on a day off, within a year.
    /// </summary>
    public string HolidayRule(DateTime localNow)
    {
        var text = Fill("sameday.holiday-rule");
        var today = DateOnly.FromDateTime(localNow);
        var first = today.AddDays(((int)Calendar.SameDayWeekday - (int)today.DayOfWeek + 7) % 7);
        for (var day = first; day < first.AddYears(1); day = day.AddDays(7))
        {
            var status = Calendar.Describe(day);
            if (!status.IsWorkingDay && status.ClosedReason is { } reason)
            {
                text += "\n" + Fill("sameday.holiday-next", ("day", DayText(day, status.Provisional)), ("reason", reason));
                break;
            }
        }

        return text;
    }

    public string Day(DateOnly day, DateTime localNow)
    {
        var status = Calendar.Describe(day);
        string text;
        if (!status.IsWorkingDay)
        {
            text = Fill("day.closed", ("day", VietnameseDates.Day(day)), ("reason", status.ClosedReason ?? ""), ("next", DayText(Calendar.NextWorkingDay(day), status.Provisional)));
            text += SameDayAfter(day);
        }
        else if (status.Closure is { } closure)
        {
            // Half a day closed at short notice: the other half works, but the same-day promise moves on.
            text = closure.Part == Closures.DayPart.Morning
                ? Fill("day.closed.morning", ("day", VietnameseDates.Day(day)), ("reason", closure.Reason), ("hours", $"{VietnameseDates.Time(Calendar.Hours.AfternoonOpen)} – {VietnameseDates.Time(Calendar.Hours.AfternoonClose)}"))
                : Fill("day.closed.afternoon", ("day", VietnameseDates.Day(day)), ("reason", closure.Reason), ("hours", Morning()));
            text += SameDayAfter(day);
        }
        else if (status.MorningOnly)
        {
            text = Fill("day.open.morning", ("day", VietnameseDates.Day(day)), ("morning", Morning()));
        }
        else
        {
            text = WithDoubt(Fill("day.open", ("day", VietnameseDates.Day(day)), ("hours", HoursText())), content.Office.Hours.Fact);
            if (day.DayOfWeek == Calendar.SameDayWeekday)
            {
                text += "\n" + WithDoubt(Fill("day.open.sameday", ("cutoff", VietnameseDates.Time(Calendar.Cutoff))), content.Office.SameDay);
            }
        }

        if (day == DateOnly.FromDateTime(localNow) && status.IsWorkingDay)
        {
            text += "\n" + NowLine(localNow);
        }

        return status.Provisional ? $"{text}\n{Fill("sameday.provisional", ("year", day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))}" : text;
    }

    /// <summary>"3 rưỡi còn kịp không": the time against the cut-off, the day if it is closed, then the rule.</summary>
    public string Cutoff(DateOnly? day, TimeOnly? time, DateTime localNow)
    {
        var cutoff = VietnameseDates.Time(Calendar.Cutoff);
        var text = new StringBuilder();
        var date = day ?? DateOnly.FromDateTime(localNow);
        if (day is not null && !Calendar.Describe(date).IsWorkingDay)
        {
            text.Append(Day(date, localNow)).Append('\n');
        }

        // "trước 15h nộp thì kịp không": the cut-off itself named; the rule below answers it, "15 giờ là sau 15 giờ" would not.
        if (time is { } asked && asked != Calendar.Cutoff)
        {
            var key = asked < Calendar.Cutoff ? "cutoff.before" : "cutoff.after";
            text.Append(Fill(key, ("time", VietnameseDates.Time(asked)), ("cutoff", cutoff))).Append('\n');
        }

        text.Append(WithDoubt(Fill("cutoff.rule", ("cutoff", cutoff), ("hours", HoursText())), content.Office.Hours.Fact));
        return text.ToString();
    }

    public string Hours(DateTime localNow) => $"{WithDoubt(Fill("hours.answer", ("hours", HoursText())), content.Office.Hours.Fact)}\n{NowLine(localNow)}";

    /// <summary>A line about a fact a citizen acts on, with that fact's hedge while the commune has not confirmed it.</summary>
    private static string WithDoubt(string line, Fact fact) => fact.Doubt.Length == 0 ? line : $"{line} {fact.Doubt}";

    public string Holiday(string name, DateTime localNow)
    {
        var span = Calendar.NextHoliday(DateOnly.FromDateTime(localNow), name.Length == 0 ? null : name);
        if (span is null)
        {
            return Fill("holiday.none");
        }

        var text = Fill(
            "holiday.span",
            ("name", span.Name),
            ("first", VietnameseDates.Day(span.First)),
            ("last", VietnameseDates.Day(span.Last)),
            ("back", VietnameseDates.Day(Calendar.NextWorkingDay(span.Last))));
        return span.Provisional ? $"{text}\n{Fill("sameday.provisional", ("year", span.First.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))}" : text;
    }

    /// <summary>When the asked day is the same-day weekday but closed, the next day the promise holds.</summary>
    private string SameDayAfter(DateOnly day)
    {
        if (day.DayOfWeek != Calendar.SameDayWeekday)
        {
            return "";
        }

        var next = Calendar.NextSameDay(day.AddDays(1).ToDateTime(TimeOnly.MinValue));
        return "\n" + Fill("day.closed.sameday", ("next", DayText(next.Day, next.Provisional)));
    }

    /// <summary>A date, with "(dự kiến)" when it depends on a year whose official notice is not out.</summary>
    private string DayText(DateOnly day, bool guessed = false) =>
        guessed || Calendar.Describe(day).Provisional
            ? $"{VietnameseDates.Day(day)} {Fill("date.provisional")}"
            : VietnameseDates.Day(day);

    private string NowLine(DateTime localNow)
    {
        var status = Calendar.At(localNow);
        return status.IsOpen
            ? Fill("hours.open-now")
            : Fill("hours.closed-now", ("when", status.NextOpening is { } next ? $"{VietnameseDates.Time(TimeOnly.FromDateTime(next))}, {VietnameseDates.Day(DateOnly.FromDateTime(next))}" : ""));
    }

    private string HoursText()
    {
        var h = Calendar.Hours;
        var week = Fill(
            "hours.week",
            ("morning", Morning()),
            ("afternoon", $"{VietnameseDates.Time(h.AfternoonOpen)} – {VietnameseDates.Time(h.AfternoonClose)}"));
        return h.SaturdayMorning ? Fill("hours.week.saturday", ("week", week), ("morning", Morning())) : week;
    }

    private string Morning() => $"{VietnameseDates.Time(Calendar.Hours.MorningOpen)} – {VietnameseDates.Time(Calendar.Hours.MorningClose)}";

    private string Fill(string key, params (string Name, string Value)[] values) =>
        MessageCatalog.Fill(content.Messages[key], values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
}
