namespace OneStop.Bot.Storage;

internal sealed class StoredButton
{
    public string Label { get; set; } = "";

    public string Payload { get; set; } = "";

    public string? Url { get; set; }
}
