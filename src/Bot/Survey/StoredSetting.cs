namespace OneStop.Bot.Survey;

/// <summary>A setting the bot made itself and must keep across restarts (the generated ticket secret).</summary>
internal sealed class StoredSetting
{
    public string Id { get; set; } = "";

    public string Value { get; set; } = "";
}
