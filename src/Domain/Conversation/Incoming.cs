namespace OneStop.Domain.Conversation;

/// <summary>One thing a person did in a chat, in our own terms whatever the channel.</summary>
public sealed record Incoming(ChatAddress Chat, IncomingKind Kind, string Text = "")
{
    /// <summary>
    /// Facts the edge looked up for this message that the pure engine cannot (for example whether a survey
    /// ticket was already used), by key. Empty for most messages.
    /// </summary>
    public IReadOnlyDictionary<string, string> Context { get; init; } = new Dictionary<string, string>();

    public static Incoming Typed(ChatAddress chat, string text) => new(chat, IncomingKind.Text, text);

    public static Incoming Pressed(ChatAddress chat, string payload) => new(chat, IncomingKind.Button, payload);
}
