using System.Collections.Concurrent;

namespace OneStop.Domain.Calendar;

/// <summary>Which days the desk works, and why not: the per-day rules behind <see cref="WorkCalendar"/>.</summary>
internal sealed class WorkingDays
{
    // A notice adds a swap or stretches a break only next to a holiday (every notice since 2021 stays within a week),
    // so before a year's notice, a working day that close to a holiday may still change.
    private const int NoticeReach = 7;

    // Further than this without a working day means broken data (a year of days off), not a long break.
    private const int MaxDaysWithoutWork = 60;

    private readonly OfficeHours _hours;
    private readonly Dictionary<int, YearNotice> _notices = [];
    private readonly ConcurrentDictionary<int, HolidayYear> _years = new();

    // Replaced whole when an official closes or reopens a day, so a reader sees one consistent set.
    private volatile IReadOnlyDictionary<DateOnly, Closures.Closure> _closures = new Dictionary<DateOnly, Closures.Closure>();

    private readonly StatutoryHolidays _law;

    public WorkingDays(OfficeHours hours, IReadOnlyList<YearNotice> notices, HolidayRules rules)
    {
        _hours = hours;
        _law = new StatutoryHolidays(rules);
        foreach (var notice in notices)
        {
            if (!_notices.TryAdd(notice.Year, notice))
            {
                throw new ArgumentException($"Two notices for {notice.Year} ({notice.Origin}): keep one file per year.", nameof(notices));
            }
        }
    }

    public YearNotice? NoticeFor(int year) => _notices.GetValueOrDefault(year);

    public Holiday? HolidayOn(DateOnly day) => Year(day.Year).Off(day);

    public void Apply(IEnumerable<Closures.Closure> closures) =>
        _closures = closures.GroupBy(c => c.Day).ToDictionary(g => g.Key, g => g.Last());

    public IReadOnlyCollection<Closures.Closure> Closures => _closures.Values.ToList();

    public DayStatus Describe(DateOnly day)
    {
        var usual = Usual(day);
        if (!_closures.TryGetValue(day, out var closure) || !usual.IsWorkingDay)
        {
            return usual;
        }

        return closure.Part switch
        {
            Domain.Closures.DayPart.WholeDay => new DayStatus(day, false, false, closure.Reason, false) { Closure = closure },
            // Half a day: still a working day, but not a same-day day (see WorkCalendar.KeepsSameDay).
            Domain.Closures.DayPart.Afternoon => usual with { MorningOnly = true, ClosedReason = closure.Reason, Closure = closure },
            _ => usual with { ClosedReason = closure.Reason, Closure = closure },
        };
    }

    private DayStatus Usual(DateOnly day)
    {
        if (Year(day.Year).IsWorkedSaturday(day))
        {
            return new DayStatus(day, true, false, null, MayChange(day));
        }

        if (HolidayOn(day) is { } holiday)
        {
            return new DayStatus(day, false, false, holiday.ClosedReason, holiday.Provisional);
        }

        if (_hours.WorkingWeek.Contains(day.DayOfWeek))
        {
            return new DayStatus(day, true, false, null, MayChange(day));
        }

        return day.DayOfWeek switch
        {
            DayOfWeek.Sunday => new DayStatus(day, false, false, "Chủ nhật", MayChange(day)),
            DayOfWeek.Saturday => Saturday(day),
            var other => new DayStatus(day, false, false, $"{Lower(VietnameseDates.Weekday(other))} không làm việc", MayChange(day)),
        };
    }

    public DateOnly NextWorkingDay(DateOnly after)
    {
        for (var day = after.AddDays(1); day <= after.AddDays(MaxDaysWithoutWork); day = day.AddDays(1))
        {
            if (Describe(day).IsWorkingDay)
            {
                return day;
            }
        }

        throw new InvalidOperationException($"No working day in the {MaxDaysWithoutWork} days after {after:O}: check the calendar files.");
    }

    // "Thứ Hai" reads "thứ Hai" inside a sentence, as "thứ Bảy không làm việc" does.
    private static string Lower(string weekday) => string.Concat(weekday[..1].ToLowerInvariant(), weekday[1..]);

    private DayStatus Saturday(DateOnly day)
    {
        if (!_hours.SaturdayMorning)
        {
            return new DayStatus(day, false, false, "thứ Bảy không làm việc", MayChange(day));
        }

        // Staff on a holiday break do not come in for one Saturday morning in the middle of it
        // (the notice gives the break "from Saturday to Sunday"): a Saturday next to a day off is closed too.
        if ((HolidayOn(day.AddDays(-1)) ?? HolidayOn(day.AddDays(2))) is { } holiday)
        {
            return new DayStatus(day, false, false, $"thứ Bảy trong đợt {holiday.ClosedReason}", holiday.Provisional || MayChange(day));
        }

        return new DayStatus(day, true, true, "chiều thứ Bảy không làm việc", MayChange(day));
    }

    private bool MayChange(DateOnly day) =>
        !Year(day.Year).HasNotice
        && Enumerable.Range(-NoticeReach, (2 * NoticeReach) + 1).Any(offset => HolidayOn(day.AddDays(offset)) is not null);

    private HolidayYear Year(int year) =>
        _years.GetOrAdd(year, y => _notices.TryGetValue(y, out var notice) ? HolidayYear.FromNotice(notice, _law) : HolidayYear.Expected(y, _law));
}
