namespace OneStop.Bot.Handover;

/// <summary>One message of a question's thread: the citizen's (<see cref="StaffId"/> 0) or an official's answer.</summary>
internal sealed class StoredLine
{
    public long StaffId { get; set; }

    public string Text { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
