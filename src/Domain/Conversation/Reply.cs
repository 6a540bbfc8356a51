namespace OneStop.Domain.Conversation;

/// <summary>
/// One message to send: plain text (channels render it without markup, so nothing a citizen typed can
/// break formatting) and rows of buttons.
/// </summary>
public sealed record Reply(string Text, IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons)
{
    public Reply(string text)
        : this(text, [])
    {
    }

    public IEnumerable<ReplyButton> AllButtons => Buttons.SelectMany(row => row);
}
