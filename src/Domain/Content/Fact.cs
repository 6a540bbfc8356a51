namespace OneStop.Domain.Content;

/// <summary>
/// Something the bot tells a citizen, with where it comes from. The bot never states a fact
/// without a source; whether the commune has confirmed it is tracked so the office can check before launch.
/// </summary>
public sealed record Fact(string Text, string Source, Confidence Confidence, bool Confirmed, SourceRef Origin)
{
    /// <summary>
    /// The short hedge a citizen reads while the commune has not confirmed a fact they act on (the Wednesday model,
    /// the hours); null for a fact that needs none. Said through <see cref="Doubt"/>, never pasted into <see cref="Text"/>.
    /// </summary>
    public string? Hedge { get; init; }

    /// <summary>The question the office asks the commune to confirm this fact before launch (`validate --launch`).</summary>
    public string? Question { get; init; }

    /// <summary>The one rule for doubt: the hedge while unconfirmed, nothing once the commune has confirmed the fact.</summary>
    public string Doubt => Confirmed || string.IsNullOrWhiteSpace(Hedge) ? "" : Hedge;

    /// <summary>The text as citizens read it: with its hedge while unconfirmed.</summary>
    public string Said => Doubt.Length == 0 ? Text : $"{Text} {Doubt}";

    public static Fact Unsourced(string text) => new(text, "", Confidence.Uncertain, false, SourceRef.None);
}
