namespace OneStop.Domain.Understanding;

/// <summary>
/// What one part of a citizen's message asks for. The first group are parts of a procedure (they carry its id,
/// or the procedure on screen); the rest are about the desk, the calendar and the conversation itself.
/// </summary>
public enum RequestKind
{
    // About a procedure.
    Overview,
    Documents,
    Fee,
    Duration,
    Place,
    InPerson,
    Writing,
    Online,
    Post,
    Deadline,
    Validity,
    Detail,

    // About the desk and its calendar.
    Day,
    Hours,
    Cutoff,
    Wednesday,
    Status,
    Contact,
    Merger,

    // About the conversation and the citizen.
    Reminder,
    Checklist,
    Subscribe,
    Unsubscribe,
    DeleteData,
    Survey,
    Feedback,
    Handover,
    Anger,
    Sorrow,
    Ack,
    Greeting,
    Topic,
    Unknown,
}
