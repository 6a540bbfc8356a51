namespace OneStop.Domain.Conversation;

/// <summary>Greetings and thanks, which deserve a human answer rather than "I did not understand".</summary>
public static class SmallTalk
{
    private static readonly string[] Greetings = ["xin chao", "chao", "alo", "hello", "hi", "chao ad", "chao em", "chao ban"];
    private static readonly string[] Thanks = ["cam on", "thank", "thanks", "tks", "thank you", "cam on nhieu"];

    public static bool IsGreeting(IReadOnlyList<string> words) => StartsWithAny(words, Greetings) && words.Count <= 5;

    public static bool IsThanks(IReadOnlyList<string> words) => StartsWithAny(words, Thanks) && words.Count <= 8;

    private static bool StartsWithAny(IReadOnlyList<string> words, string[] phrases)
    {
        var text = string.Join(' ', words);
        return phrases.Any(p => text == p || text.StartsWith(p + " ", StringComparison.Ordinal));
    }
}
