namespace OneStop.Domain.Conversation;

/// <summary>Whether feedback is a complaint (offer an official) and whether "ok" is thanks, from folded words.</summary>
internal static class FeedbackTone
{
    private static readonly string[] Unhappy =
    [
        "khong hai long", "chua hai long", "cham", "kem", "te", "hach dich", "kho chiu", "cau gat", "doi lau", "cho lau", "gay kho",
        "lam kho", "nhung nhieu", "phien ha", "voi vinh", "1 sao", "mot sao", "2 sao", "hai sao", "khong tot", "that vong", "buc",
        "moi toi luot", "cho ca buoi", "doi ca buoi", "cho hoai", "doi hoai", "cho mat", "tieng moi",
    ];

    private static readonly string[] Thanks = ["cam on", "thank", "thanks", "tks", "camon", "cmon", "cam ong"];

    public static bool IsUnhappy(IReadOnlyList<string> words) => Contains(words, Unhappy);

    public static bool IsThanks(IReadOnlyList<string> words) => Contains(words, Thanks);

    private static bool Contains(IReadOnlyList<string> words, string[] phrases)
    {
        var text = $" {string.Join(' ', words)} ";
        return phrases.Any(p => text.Contains($" {p} ", StringComparison.Ordinal));
    }
}
