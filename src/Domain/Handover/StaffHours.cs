using OneStop.Domain.Calendar;

namespace OneStop.Domain.Handover;

/// <summary>
/// When officials can see a question: during office sessions of working days, from the commune's calendar.
/// "Unanswered after 4 working hours" counts only those sessions (a question asked on Friday at 16:00 is due
/// on Monday at 10:00). All times are commune-local.
/// </summary>
public sealed class StaffHours(WorkCalendar calendar)
{
    // Far beyond the longest break (Tết closes the desk for about ten days): only broken data could reach it.
    private const int MaxSteps = 200;

    private readonly WorkCalendar _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <summary>Null while the desk is open; otherwise the next opening.</summary>
    public DateTime? NextOpening(DateTime localNow)
    {
        var status = _calendar.At(localNow);
        return status.IsOpen ? null : status.NextOpening;
    }

    /// <summary>The moment <paramref name="working"/> of office time has passed after <paramref name="localStart"/>.</summary>
    public DateTime After(DateTime localStart, TimeSpan working)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(working, TimeSpan.Zero);
        var hours = _calendar.Hours;
        var at = localStart;
        var left = working;
        for (var step = 0; step < MaxSteps; step++)
        {
            var status = _calendar.At(at);
            if (!status.IsOpen)
            {
                at = status.NextOpening ?? throw new InvalidOperationException("The calendar gave no next opening.");
                continue;
            }

            var time = TimeOnly.FromDateTime(at);
            var close = time < hours.MorningClose ? hours.MorningClose : hours.AfternoonClose;
            var sessionEnd = at.Date + close.ToTimeSpan();
            if (sessionEnd - at >= left)
            {
                return at + left;
            }

            left -= sessionEnd - at;
            at = sessionEnd;
        }

        throw new InvalidOperationException($"No {working} of office time within {MaxSteps} sessions after {localStart:O}: check the calendar files.");
    }
}
