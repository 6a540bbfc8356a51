namespace OneStop.Domain.Content;

/// <summary>
/// Something the bot tells a citizen, with where it comes from. The bot never states a fact
/// without a source; whether the commune has confirmed it is tracked so the office can check before launch.
/// </summary>
public sealed record Fact(string Text, string Source, Confidence Confidence, bool Confirmed, SourceRef Origin)
{
    public static Fact Unsourced(string text) => new(text, "", Confidence.Uncertain, false, SourceRef.None);
}
