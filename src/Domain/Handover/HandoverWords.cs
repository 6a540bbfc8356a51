namespace OneStop.Domain.Handover;

/// <summary>
/// How citizens ask for a person, and how they sound when the bot has failed them, as folded words ("cho gặp cán bộ
/// tư pháp" is "cho gap can bo tu phap"). A stopgap until understanding routes its "handover" intent to
/// <see cref="HandoverPayload.Ask"/>: phrases are matched as whole words anywhere in a short message.
/// </summary>
public static class HandoverWords
{
    // Long messages are questions about something; asking for a person is short.
    private const int MaxWords = 14;

    private static readonly string[] AskPhrases =
    [
        "gap can bo", "hoi can bo", "hoi truc tiep", "noi chuyen voi can bo", "noi chuyen voi nguoi", "lien he can bo",
        "lien he voi can bo", "gap cong chuc", "hoi cong chuc", "gap nguoi that", "nguoi that", "co ai truc", "ai dang truc",
        "can bo truc", "bot khong hieu", "ban khong hieu", "em khong hieu", "khong hieu gi het", "khong hieu gi ca",
        "chuyen cho can bo", "gap tu phap", "hoi tu phap", "gap nhan vien", "hoi nhan vien", "gap admin", "hoi admin",
    ];

    private static readonly string[] DistressPhrases =
    [
        "buc qua", "buc minh", "buc boi", "tuc qua", "tuc chet", "chan qua", "ngu qua", "bot ngu", "do ngu", "vo dung",
        "that vong", "kho chiu qua", "te qua", "lam an kieu gi", "khong giup duoc gi", "phien qua", "met moi qua",
        "kho khan qua", "lam on giup", "cuu toi", "cuu voi",
    ];

    public static bool IsAsk(IReadOnlyList<string> words) => Contains(words, AskPhrases);

    public static bool IsDistress(IReadOnlyList<string> words) => Contains(words, DistressPhrases);

    private static bool Contains(IReadOnlyList<string> words, string[] phrases)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0 || words.Count > MaxWords)
        {
            return false;
        }

        var text = $" {string.Join(' ', words)} ";
        return phrases.Any(p => text.Contains($" {p} ", StringComparison.Ordinal));
    }
}
