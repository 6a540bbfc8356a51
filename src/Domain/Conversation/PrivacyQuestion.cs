using OneStop.Domain.Text;

namespace OneStop.Domain.Conversation;

/// <summary>
/// "bot có lưu số điện thoại của tôi không", "em lưu những gì": a question about what is kept gets the page that says
/// it (with its delete button), not the "are you sure you want to delete everything?" of a request to delete.
/// </summary>
internal static class PrivacyQuestion
{
    private static readonly PhraseSet Keeping = new("luu");

    private static readonly PhraseSet Wants = new("xoa", "huy", "dung luu", "khong muon luu", "khong cho luu", "bo du lieu", "quen toi", "delete");

    private static readonly PhraseSet Asks = new(
        "co luu", "luu gi", "luu nhung gi", "luu lai khong", "luu khong", "biet so", "lay so", "luu thong tin gi", "luu bao lau", "giu bao lau");

    private static readonly HashSet<string> QuestionEnds = new(StringComparer.Ordinal) { "khong", "hong", "ko", "k", "chua", "gi", "ha", "a", "nhi" };

    public static bool Asked(IReadOnlyList<string> words) =>
        Keeping.FoundIn(words) && !Wants.FoundIn(words) && (Asks.FoundIn(words) || (words.Count > 0 && QuestionEnds.Contains(words[^1])));
}
