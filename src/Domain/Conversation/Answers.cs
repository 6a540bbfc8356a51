namespace OneStop.Domain.Conversation;

/// <summary>Yes and no as people type them, folded ("dạ", "ừ", "ok"; "không", "thôi").</summary>
public static class Answers
{
    private static readonly HashSet<string> YesWords = new(StringComparer.Ordinal)
    {
        "co", "dong y", "xoa", "xoa di", "ok", "oke", "okay", "vang", "da", "u", "uh", "um", "yes", "chac chan", "dung", "dung roi", "co a", "da co", "vang a",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal)
    {
        "khong", "thoi", "khong xoa", "giu lai", "no", "chua", "khong a", "da khong", "thoi khong", "chua co",
    };

    public static bool IsYes(IReadOnlyList<string> words) => YesWords.Contains(string.Join(' ', words));

    public static bool IsNo(IReadOnlyList<string> words) => NoWords.Contains(string.Join(' ', words));
}
