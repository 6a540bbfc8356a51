namespace OneStop.Domain.Conversation;

/// <summary>A button under a reply: pressing it sends <see cref="Payload"/> back, or opens <see cref="Url"/>.</summary>
public sealed record ReplyButton(string Label, string Payload, Uri? Url = null)
{
    public static ReplyButton Link(string label, Uri url) => new(label, "", url);
}
