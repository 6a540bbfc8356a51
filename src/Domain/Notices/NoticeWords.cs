namespace OneStop.Domain.Notices;

/// <summary>
/// The notices' own words: consent typed, and "no area" while choosing one. /dangky is declared in <see cref="NoticesFeature.Commands"/>;
/// asking in words to start or stop notices is read by the engine's reader (topics.yaml cues "subscribe", "unsubscribe").
/// </summary>
public static class NoticeWords
{
    // Politeness and address words that do not change what is asked ("cho em hủy đăng ký ạ").
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "ad", "admin", "oi", "nha", "nhe", "nghen", "nhen", "cho", "em", "minh", "toi", "xin", "vui", "long", "giup", "lam", "on", "di",
    };

    private static readonly HashSet<string> NoAreaPhrases = new(StringComparer.Ordinal)
    {
        "khong", "khong chon", "bo qua", "thoi", "khong can", "chua chon", "khong biet",
    };

    private static readonly HashSet<string> AgreePhrases = new(StringComparer.Ordinal)
    {
        "co", "dong y", "ok", "oke", "okay", "vang", "da", "u", "uh", "yes", "dung", "nhan", "co nhan", "dong y nhan", "nhan thong bao",
        "dong y nhan thong bao", "muon nhan", "dang ky", "co dang ky", "da dong y", "vang dong y", "da co", "da vang", "da dong y", "da nhan", "vang nhan",
    };

    /// <summary>"đồng ý", "dạ nhận" typed under the notices' explanation: the consent its button asks for.</summary>
    public static bool IsAgree(IReadOnlyList<string> words) => AgreePhrases.Contains(Meaning(words));

    /// <summary>"không", "bỏ qua" while choosing an area: keep the subscription with no area.</summary>
    public static bool IsNoArea(IReadOnlyList<string> words) => NoAreaPhrases.Contains(Meaning(words));

    private static string Meaning(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count > 12 ? "" : string.Join(' ', words.Where(w => !Filler.Contains(w)));
    }
}
