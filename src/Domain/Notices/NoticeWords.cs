namespace OneStop.Domain.Notices;

/// <summary>
/// The notices' own words: the /dangky command and "no area" while choosing one. Asking in words to start or
/// stop notices is read by the engine's reader (topics.yaml cues "subscribe", "unsubscribe").
/// </summary>
public static class NoticeWords
{
    private static readonly HashSet<string> SubscribeCommands = new(StringComparer.OrdinalIgnoreCase) { "/dangky", "/dangki" };

    // Politeness and address words that do not change what is asked ("cho em hủy đăng ký ạ").
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "ad", "admin", "oi", "nha", "nhe", "nghen", "nhen", "cho", "em", "minh", "toi", "xin", "vui", "long", "giup", "lam", "on", "di",
    };

    private static readonly HashSet<string> NoAreaPhrases = new(StringComparer.Ordinal)
    {
        "khong", "khong chon", "bo qua", "thoi", "khong can", "chua chon", "khong biet",
    };

    /// <summary>"/dangky", also written "/dangky@onestop_bot" in a group.</summary>
    public static bool IsSubscribeCommand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.Trim().Split([' ', '\n', '\t'], 2)[0];
        var at = first.IndexOf('@', StringComparison.Ordinal);
        return SubscribeCommands.Contains(at > 0 ? first[..at] : first);
    }

    /// <summary>"không", "bỏ qua" while choosing an area: keep the subscription with no area.</summary>
    public static bool IsNoArea(IReadOnlyList<string> words) => NoAreaPhrases.Contains(Meaning(words));

    private static string Meaning(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count > 12 ? "" : string.Join(' ', words.Where(w => !Filler.Contains(w)));
    }
}
