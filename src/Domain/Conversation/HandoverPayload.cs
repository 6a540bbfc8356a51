namespace OneStop.Domain.Conversation;

/// <summary>The button that puts a citizen's question to an official ("🙋 Hỏi cán bộ"), offered wherever the bot cannot help.</summary>
public static class HandoverPayload
{
    public const string Prefix = "ho";

    public const string Ask = "ho:ask";
}
