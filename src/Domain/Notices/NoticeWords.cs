namespace OneStop.Domain.Notices;

/// <summary>
/// How citizens ask to start or stop notices, as folded words after shorthand ("dk" is already "dang ky").
/// Only whole messages count: "hủy đăng ký kết hôn" is a question about a procedure, not an opt-out.
/// </summary>
public static class NoticeWords
{
    private static readonly HashSet<string> SubscribeCommands = new(StringComparer.OrdinalIgnoreCase) { "/dangky", "/dangki" };

    private static readonly HashSet<string> SubscribePhrases = new(StringComparer.Ordinal)
    {
        "nhan thong bao", "dang ky nhan thong bao", "dang ky thong bao", "muon nhan thong bao", "bat thong bao",
        "dang ky nhan tin", "theo doi thong bao",
    };

    private static readonly HashSet<string> UnsubscribePhrases = new(StringComparer.Ordinal)
    {
        "stop", "unsubscribe", "huy dang ky", "huy dang ky nhan thong bao", "huy dang ky thong bao", "huy nhan thong bao",
        "huy thong bao", "ngung nhan thong bao", "ngung thong bao", "dung nhan thong bao", "dung gui thong bao", "dung gui",
        "khong nhan thong bao", "khong muon nhan thong bao", "khong muon nhan", "khong nhan", "tat thong bao",
        "thoi nhan thong bao", "bo nhan thong bao", "khong gui", "dung nhan",
    };

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

    public static bool IsSubscribe(IReadOnlyList<string> words) => SubscribePhrases.Contains(Meaning(words));

    /// <summary>"hủy đăng ký", "stop", "thôi không nhận thông báo nữa" ("thôi" before and "nữa" after change nothing).</summary>
    public static bool IsUnsubscribe(IReadOnlyList<string> words)
    {
        var meaning = Meaning(words);
        var core = meaning.EndsWith(" nua", StringComparison.Ordinal) ? meaning[..^" nua".Length] : meaning;
        return UnsubscribePhrases.Contains(core)
            || (core.StartsWith("thoi ", StringComparison.Ordinal) && UnsubscribePhrases.Contains(core["thoi ".Length..]));
    }

    /// <summary>"không", "bỏ qua" while choosing an area: keep the subscription with no area.</summary>
    public static bool IsNoArea(IReadOnlyList<string> words) => NoAreaPhrases.Contains(Meaning(words));

    private static string Meaning(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count > 12 ? "" : string.Join(' ', words.Where(w => !Filler.Contains(w)));
    }
}
