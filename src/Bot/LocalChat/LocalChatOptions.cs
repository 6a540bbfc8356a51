namespace OneStop.Bot.LocalChat;

/// <summary>The terminal chat: plain text for people, or one JSON object per line for scripts (--jsonl).</summary>
internal sealed record LocalChatOptions(bool Jsonl);
