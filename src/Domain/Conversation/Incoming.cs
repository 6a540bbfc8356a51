namespace OneStop.Domain.Conversation;

/// <summary>One thing a person did in a chat, in our own terms whatever the channel.</summary>
public sealed record Incoming(ChatAddress Chat, IncomingKind Kind, string Text = "")
{
    public static Incoming Typed(ChatAddress chat, string text) => new(chat, IncomingKind.Text, text);

    public static Incoming Pressed(ChatAddress chat, string payload) => new(chat, IncomingKind.Button, payload);
}
