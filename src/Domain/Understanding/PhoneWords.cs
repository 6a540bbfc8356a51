namespace OneStop.Domain.Understanding;

/// <summary>
/// "không biết dùng điện thoại", "nộp bằng điện thoại được không": the phone as the tool the citizen holds, not a
/// question about the desk's phone number.
/// </summary>
internal static class PhoneWords
{
    private static readonly HashSet<string> ToolVerbs = new(StringComparer.Ordinal)
    {
        "dung", "xai", "bam", "bang", "tren", "rang", "ranh", "choi", "cam", "mo",
    };

    /// <summary>Whether the words "dien thoai" starting at <paramref name="start"/> name the citizen's own phone.</summary>
    public static bool AsTool(IReadOnlyList<string> words, int start)
    {
        var at = start;
        if (at < words.Count && words[at] == "so")
        {
            return false;
        }

        if (at + 1 < words.Count && words[at] == "dien" && words[at + 1] == "thoai")
        {
            return at > 0 && ToolVerbs.Contains(words[at - 1]);
        }

        return false;
    }
}
