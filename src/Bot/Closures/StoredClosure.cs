using OneStop.Domain.Closures;

namespace OneStop.Bot.Closures;

/// <summary>A closure at short notice as stored: the day, the half, the reason as typed, who and when, and whom it moved.</summary>
internal sealed class StoredClosure
{
    public int Id { get; set; }

    /// <summary>"yyyyMMdd", commune date.</summary>
    public string Day { get; set; } = "";

    public DayPart Part { get; set; }

    /// <summary>The reason as the official typed it ("Bão số 15").</summary>
    public string Reason { get; set; } = "";

    public ClosureStatus Status { get; set; }

    /// <summary>The official who ordered it (<c>telegram:…</c> or <c>zalo:…</c>, the staff member's key).</summary>
    public string Author { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public List<MovedReminder> Moved { get; set; } = [];
}
