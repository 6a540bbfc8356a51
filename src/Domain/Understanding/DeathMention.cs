namespace OneStop.Domain.Understanding;

/// <summary>
/// "ba em mới mất", "má tui mất hôm qua", "ông xã chị vừa qua đời": someone close has died. "mất" alone is not
/// enough, because it also means losing a paper ("mẹ tui mất giấy khai sinh") and costing ("mất bao nhiêu"), so a
/// relation must come shortly before it and no paper or amount right after it.
/// </summary>
internal static class DeathMention
{
    private static readonly HashSet<string> Relations = new(StringComparer.Ordinal)
    {
        "ba", "bo", "cha", "me", "ma", "u", "tia", "ong", "chong", "vo", "con", "anh", "chi", "em", "bac", "chu", "co",
        "di", "cau", "mo", "thim", "duong", "chau", "noi", "ngoai", "xa", "nha", "than", "gia", "ba con", "ong ba",
    };

    private static readonly HashSet<string> DeathWords = new(StringComparer.Ordinal) { "mat", "qua doi", "chet", "tu tran", "ta the", "di roi", "khuat" };

    // After "mất": a thing lost, an amount or a length of time, not a death.
    private static readonly HashSet<string> NotDeathAfter = new(StringComparer.Ordinal)
    {
        "giay", "het", "cccd", "ngu", "dien", "the", "so", "ban", "bang", "bao", "may", "tien", "phi", "viec", "tich",
        "cmnd", "chung", "ho", "mot", "gi", "cong", "thoi", "lau", "nhieu", "tui", "vi", "cai", "di", "mang", "ket",
    };

    private static readonly HashSet<string> Recent = new(StringComparer.Ordinal) { "moi", "vua", "hom", "dem", "sang", "toi", "luc", "nay", "qua" };

    // A death long ago ("mất năm 2015", "mất lâu rồi") is told for the papers, not as grief.
    private static readonly string[] LongAgo = ["nam ngoai", "lau roi", "da lau", "nam truoc", "may nam", "tu nam", "nam 19", "nam 20", "hoi xua", "hoi truoc"];

    public static bool FoundIn(IReadOnlyList<string> words)
    {
        var text = $" {string.Join(' ', words)} ";
        if (LongAgo.Any(p => text.Contains($" {p}", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var two = i + 1 < words.Count ? $"{words[i]} {words[i + 1]}" : "";
            var isDeath = DeathWords.Contains(words[i]) || DeathWords.Contains(two);
            if (!isDeath)
            {
                continue;
            }

            if (words[i] == "mat" && i + 1 < words.Count && NotDeathAfter.Contains(words[i + 1]))
            {
                continue;
            }

            // "đi" is a death only as "ba con mới đi hôm qua": a relation, perhaps "mới", then "đi", then a time.
            if (words[i] == "di" && !(i + 1 < words.Count && words[i + 1] is "hom" or "roi" or "dem" or "sang" or "toi" or "luc"))
            {
                continue;
            }

            // "có mặt" (to be present) folds like "cô mất".
            if (words[i] == "mat" && i > 0 && words[i - 1] == "co" && !(i > 1 && Relations.Contains(words[i - 2])))
            {
                continue;
            }

            var from = Math.Max(0, i - 4);
            for (var j = i - 1; j >= from; j--)
            {
                if (Relations.Contains(words[j]) || (j > 0 && Relations.Contains($"{words[j - 1]} {words[j]}")))
                {
                    return true;
                }

                if (!Recent.Contains(words[j]) && !IsPronoun(words[j]))
                {
                    break;
                }
            }
        }

        return false;
    }

    private static bool IsPronoun(string word) => word is "em" or "tui" or "toi" or "minh" or "con" or "chau" or "chi" or "anh" or "ong" or "ba" or "tao" or "t" or "e";
}
