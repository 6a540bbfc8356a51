namespace OneStop.Bot.Storage;

/// <summary>
/// What we keep about a chat besides its conversation: whether we can still reach it, and when it was
/// last active (for the retention period). No name, username or phone number.
/// </summary>
internal sealed class ChatRecord
{
    public string Id { get; set; } = "";

    public string Channel { get; set; } = "";

    public bool Reachable { get; set; } = true;

    public DateTime FirstSeenUtc { get; set; }

    public DateTime LastSeenUtc { get; set; }
}
