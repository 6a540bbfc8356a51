namespace OneStop.Bot.Notices;

/// <summary>
/// A citizen who asked for notices: the chat, the area they chose (null for none) and the procedures they opened
/// since, so a notice can be aimed. No name or phone number; deleted on opt-out, on a block, on /xoadulieu and
/// with the rest of the chat after the retention period.
/// </summary>
internal sealed class Subscriber
{
    /// <summary>The chat key ("telegram:123").</summary>
    public string Id { get; set; } = "";

    public string? Area { get; set; }

    public List<string> Procedures { get; set; } = [];

    /// <summary>When the citizen opted in: the record of their consent.</summary>
    public DateTime SinceUtc { get; set; }
}
