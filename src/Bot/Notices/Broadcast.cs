using OneStop.Domain.Conversation;
using OneStop.Domain.Notices;

namespace OneStop.Bot.Notices;

/// <summary>
/// A notice an official sends to subscribers: its text (or photo and caption), its audience, when it goes, and how
/// far its sending got. Expansion into outbox rows is resumable: <see cref="ExpandedAfter"/> moves in the same
/// transaction as the rows it produced.
/// </summary>
internal sealed class Broadcast
{
    /// <summary>Numbered from 1; officials call it "thông báo #12".</summary>
    public long Id { get; set; }

    /// <summary>The official who wrote it (<see cref="Staff.StaffMember.Key"/>: "telegram:&lt;user id&gt;" or "zalo:&lt;user id&gt;").</summary>
    public string AuthorId { get; set; } = "";

    /// <summary>Where the dialogue, the progress message and the report go (a chat key).</summary>
    public string AuthorChatId { get; set; } = "";

    public ChatAddress AuthorChat() => ChatAddress.Parse(AuthorChatId);

    public BroadcastStatus Status { get; set; }

    public DraftStage Stage { get; set; }

    public string Text { get; set; } = "";

    public string? PhotoFileId { get; set; }

    public AudienceKind AudienceKind { get; set; }

    public List<string> Areas { get; set; } = [];

    public string? ProcedureId { get; set; }

    /// <summary>For <see cref="AudienceKind.ReminderDay"/>: the same-day day, "yyyyMMdd" as the reminders store it.</summary>
    public string? Day { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When to start; null until the official confirms.</summary>
    public DateTime? SendAtUtc { get; set; }

    /// <summary>The leader who approved it (<see cref="Staff.StaffMember.Key"/>).</summary>
    public string? ApprovedBy { get; set; }

    public DateTime? StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    /// <summary>The audience counted when it started, for the progress message.</summary>
    public int Planned { get; set; }

    /// <summary>Messages put in the outbox so far (the recipients, once <see cref="Expanded"/>).</summary>
    public int Recipients { get; set; }

    /// <summary>The last subscriber (chat key) whose message is in the outbox.</summary>
    public string ExpandedAfter { get; set; } = "";

    public bool Expanded { get; set; }

    public Audience Audience() => AudienceKind switch
    {
        AudienceKind.Areas => Domain.Notices.Audience.InAreas(Areas),
        AudienceKind.Procedure => Domain.Notices.Audience.AskedAbout(ProcedureId ?? ""),
        AudienceKind.ReminderDay when Notices.Recipients.TryDay(Day, out var day) => Domain.Notices.Audience.RemindedOf(day),
        AudienceKind.ReminderDay => new Audience(AudienceKind.ReminderDay, [], null),
        _ => Domain.Notices.Audience.Everyone,
    };
}
