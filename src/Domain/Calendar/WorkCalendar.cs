namespace OneStop.Domain.Calendar;

/// <summary>
/// The commune's working calendar: which days the desk works, the next same-day ("không viết, không hẹn")
/// day, the day a result is due under the 15:00 rule, and the next holiday break. All times are commune-local
/// (see <see cref="CommuneClock"/>).
/// </summary>
public sealed class WorkCalendar
{
    // Bounds that only broken data could reach: no break has closed the desk for more than ten days,
    // and every kind of holiday comes round within a year (two, for a name asked just after its day).
    private const int MaxWeeksToSameDay = 10;
    private const int MaxBreakDays = 20;
    private const int HolidaySearchDays = 800;

    private readonly WorkingDays _days;

    public WorkCalendar(OfficeHours hours, DayOfWeek sameDayWeekday, TimeOnly cutoff, IReadOnlyList<YearNotice> notices, HolidayRules holidays)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(holidays);
        if (!(hours.MorningOpen < hours.MorningClose && hours.MorningClose <= hours.AfternoonOpen && hours.AfternoonOpen < hours.AfternoonClose))
        {
            throw new ArgumentException($"Office hours are out of order ({hours}): morning opens, closes, then afternoon opens, closes.", nameof(hours));
        }

        if (!hours.WorkingWeek.Contains(sameDayWeekday) && !(sameDayWeekday == DayOfWeek.Saturday && hours.SaturdayMorning))
        {
            throw new ArgumentException($"The same-day weekday must be a day the desk works, not {sameDayWeekday}.", nameof(sameDayWeekday));
        }

        Hours = hours;
        SameDayWeekday = sameDayWeekday;
        Cutoff = cutoff;
        _days = new WorkingDays(hours, notices, holidays);
        Holidays = holidays;
        Notices = notices;
    }

    /// <summary>The years' official notices as loaded, for the pre-launch check.</summary>
    public IReadOnlyList<YearNotice> Notices { get; }

    /// <summary>The holidays the law gives, from conversation-flows/holidays.yaml.</summary>
    public HolidayRules Holidays { get; }

    public OfficeHours Hours { get; }

    public DayOfWeek SameDayWeekday { get; }

    /// <summary>15:00: Luật Hộ tịch 2014 Art. 5(3) and NĐ 23/2015 Art. 7.</summary>
    public TimeOnly Cutoff { get; }

    /// <summary>The notice a year's days come from, or null while the bot only knows the law (answers are provisional).</summary>
    public YearNotice? NoticeFor(int year) => _days.NoticeFor(year);

    public DayStatus Describe(DateOnly day) => _days.Describe(day);

    public bool IsWorkingDay(DateOnly day) => _days.Describe(day).IsWorkingDay;

    /// <summary>A working day with no closure at short notice: the same-day promise holds on it (if it is the weekday).</summary>
    public bool KeepsSameDay(DateOnly day) => _days.Describe(day) is { IsWorkingDay: true, Closure: null };

    /// <summary>
    /// The closures officials announced (stored by the host), applied on top of the year files. Replaces the
    /// previous set; every answer about a day reads the new one at once.
    /// </summary>
    public void ApplyClosures(IEnumerable<Closures.Closure> closures)
    {
        ArgumentNullException.ThrowIfNull(closures);
        _days.Apply(closures);
    }

    public IReadOnlyCollection<Closures.Closure> Closures => _days.Closures;

    /// <summary>The first working day strictly after <paramref name="after"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly after) => _days.NextWorkingDay(after);

    public SameDayAnswer NextSameDay(DateTime localNow)
    {
        var today = DateOnly.FromDateTime(localNow);
        var now = TimeOnly.FromDateTime(localNow);
        var day = today.AddDays(((int)SameDayWeekday - (int)today.DayOfWeek + 7) % 7);
        var skipped = new List<DayStatus>();
        for (var week = 0; week < MaxWeeksToSameDay; week++, day = day.AddDays(7))
        {
            var status = _days.Describe(day);
            if (!status.IsWorkingDay || status.Closure is not null)
            {
                skipped.Add(status);
                continue;
            }

            var provisional = status.Provisional || skipped.Exists(s => s.Provisional);
            if (day != today)
            {
                return new SameDayAnswer(day, false, null, skipped, provisional);
            }

            // Today but too late is not a holiday, so it is passed over without being listed.
            if (now < CutoffOn(status))
            {
                return new SameDayAnswer(day, true, CutoffOn(status) - now, skipped, provisional);
            }
        }

        throw new InvalidOperationException($"No working {SameDayWeekday} in {MaxWeeksToSameDay} weeks after {today:O}: check the calendar files.");
    }

    public IReadOnlyList<DateOnly> UpcomingSameDays(DateTime localNow, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var days = new List<DateOnly>(count);
        if (count == 0)
        {
            return days;
        }

        var day = NextSameDay(localNow).Day;
        days.Add(day);
        while (days.Count < count)
        {
            day = day.AddDays(7);
            if (KeepsSameDay(day))
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>
    /// The 15:00 rule: a file received on a working day up to the cut-off is resolved that day; one received later,
    /// or on a day the desk is closed, on the next working day.
    /// </summary>
    public DateOnly ResultDay(DateTime localReceived)
    {
        var day = DateOnly.FromDateTime(localReceived);
        var status = _days.Describe(day);
        return status.IsWorkingDay && TimeOnly.FromDateTime(localReceived) <= CutoffOn(status) ? day : NextWorkingDay(day);
    }

    public OpenStatus At(DateTime localNow)
    {
        var today = DateOnly.FromDateTime(localNow);
        var now = TimeOnly.FromDateTime(localNow);
        var status = _days.Describe(today);
        if (status.IsWorkingDay)
        {
            var afternoon = !status.MorningOnly;
            var morning = !status.AfternoonOnly;
            if ((morning && now.IsBetween(Hours.MorningOpen, Hours.MorningClose)) || (afternoon && now.IsBetween(Hours.AfternoonOpen, Hours.AfternoonClose)))
            {
                return new OpenStatus(true, null, status);
            }

            if (morning && now < Hours.MorningOpen)
            {
                return new OpenStatus(false, today.ToDateTime(Hours.MorningOpen), status);
            }

            if (afternoon && now < Hours.AfternoonOpen)
            {
                return new OpenStatus(false, today.ToDateTime(Hours.AfternoonOpen), status);
            }
        }

        return new OpenStatus(false, NextWorkingDay(today).ToDateTime(Hours.MorningOpen), status);
    }

    /// <summary>
    /// The break in progress on <paramref name="from"/>, or the next one: the whole run of closed days around a
    /// holiday, weekends included. <paramref name="nameContains"/> picks a holiday by name ("Tết", "quoc khanh").
    /// </summary>
    public HolidaySpan? NextHoliday(DateOnly from, string? nameContains = null)
    {
        // A break already under way is the one the citizen means: start from its first day.
        var day = from;
        var inBreak = !IsWorkingDay(from);
        while (inBreak && !IsWorkingDay(day.AddDays(-1)) && from.DayNumber - day.DayNumber < MaxBreakDays)
        {
            day = day.AddDays(-1);
        }

        var end = from.AddDays(HolidaySearchDays);
        while (day <= end)
        {
            var first = day;
            var holidays = new List<Holiday>();
            var provisional = false;
            for (var status = _days.Describe(day); !status.IsWorkingDay; day = day.AddDays(1), status = _days.Describe(day))
            {
                provisional |= status.Provisional;
                if (_days.HolidayOn(day) is { } holiday)
                {
                    holidays.Add(holiday);
                }
            }

            if (holidays.Count > 0 && (nameContains is null || holidays.Exists(h => HolidayNames.Matches(h.Name, nameContains))))
            {
                return new HolidaySpan(HolidayNames.SpanName(holidays), first, day.AddDays(-1), provisional);
            }

            day = day.AddDays(1);
        }

        return null;
    }

    // A morning-only day (Saturday reception) stops taking files when the desk closes at noon.
    private TimeOnly CutoffOn(DayStatus status) =>
        status.MorningOnly && Hours.MorningClose < Cutoff ? Hours.MorningClose : Cutoff;
}
