namespace OneStop.Bot.Storage;

/// <summary>
/// An update already handled, by its channel id ("telegram:123"). Telegram delivers the last batch again
/// after a restart; this is how it is recognised instead of answered twice.
/// </summary>
internal sealed class ProcessedUpdate
{
    public string Id { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
